"use client";

import { legalReferenceIn } from "@/lib/i18n/legal-reference";
import { useWatch } from "react-hook-form";
import { PURPOSE_FAMILIES, PURPOSE_FAMILY_LABELS } from "@/lib/register/catalogue/purpose-families";
import { DATA_CATEGORIES, getDataCategory, type DataCategoryKey } from "@/lib/register/catalogue/catalogue";
import { createEmptyPurpose } from "@/lib/register/entry/defaults";
import {
  ART9_CONDITIONS,
  ART9_CONDITION_DEFINITIONS,
  LEGAL_BASES,
  LEGAL_BASIS_DEFINITIONS,
} from "@/lib/register/catalogue/legal-bases";
import { CheckboxGroup, FormSection, LinesInput, SelectInput, TextArea, TextInput } from "./fields";
import { ItemList } from "./item-list";
import { useLabels } from "./use-labels";

/** Purposes with their own legal basis (Art. 6), Art. 9 condition and balancing test; subjects and data categories. */
export function PurposesDataSection() {
  const { t, f, locale } = useLabels();
  const categories = (useWatch({ name: "dataCategories" }) as DataCategoryKey[] | undefined) ?? [];
  const hasSpecial = categories.some((key) => getDataCategory(key).isSpecial);
  const hasCriminal = categories.some((key) => getDataCategory(key).isCriminal);
  return (
    <>
      <FormSection id="purposes" title={t("form.sections.purposes")}>
        <ItemList
          name="purposes"
          legend={t("form.sections.purposes")}
          addLabel={t("form.add")}
          create={createEmptyPurpose}
          render={(p) => <PurposeItem prefix={p} hasSpecial={hasSpecial} />}
        />
      </FormSection>
      <FormSection id="data" title={t("form.sections.data")}>
        <LinesInput name="dataSubjectCategories" label={f("dataSubjectCategories")} description={t("form.linesHint")} />
        <CheckboxGroup
          name="dataCategories"
          legend={f("dataCategories")}
          options={DATA_CATEGORIES.map((c) => ({
            value: c.key,
            label: c.label[locale],
            description: c.examples[locale],
          }))}
        />
        {hasCriminal ? <TextInput name="criminalDataAuthorisation" label={f("criminalDataAuthorisation")} /> : null}
      </FormSection>
    </>
  );
}

function PurposeItem({ prefix, hasSpecial }: { prefix: string; hasSpecial: boolean }) {
  const { t, f, locale } = useLabels();
  const basis = useWatch({ name: `${prefix}.legalBasis` });
  return (
    <div className="grid gap-4">
      <TextInput name={`${prefix}.description`} label={f("purposeDescription")} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectInput
          name={`${prefix}.family`}
          label={f("purposeFamily")}
          nullable
          emptyLabel={t("form.none")}
          options={PURPOSE_FAMILIES.map((value) => ({ value, label: PURPOSE_FAMILY_LABELS[value][locale] }))}
        />
        <SelectInput
          name={`${prefix}.legalBasis`}
          label={f("legalBasis")}
          nullable
          emptyLabel={t("form.none")}
          options={LEGAL_BASES.map((value) => ({
            value,
            label: `${LEGAL_BASIS_DEFINITIONS[value].label[locale]} (${legalReferenceIn(LEGAL_BASIS_DEFINITIONS[value].article, locale)})`,
          }))}
        />
        {hasSpecial ? (
          <SelectInput
            name={`${prefix}.art9Condition`}
            label={f("art9Condition")}
            nullable
            emptyLabel={t("form.none")}
            options={ART9_CONDITIONS.map((value) => ({
              value,
              label: `${ART9_CONDITION_DEFINITIONS[value].label[locale]} (${legalReferenceIn(ART9_CONDITION_DEFINITIONS[value].article, locale)})`,
            }))}
          />
        ) : null}
      </div>
      {basis === "legitimate_interests" ? (
        <TextArea name={`${prefix}.balancingTest`} label={f("balancingTest")} />
      ) : null}
    </div>
  );
}
