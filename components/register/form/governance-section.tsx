"use client";

import { legalReferenceIn } from "@/lib/i18n/legal-reference";
import { SECURITY_MEASURES, SECURITY_MEASURE_KEYS } from "@/lib/register/catalogue/security-measures";
import { CheckboxGroup, FormSection, LinesInput, TextArea, TextInput } from "./fields";
import { ItemList } from "./item-list";
import { useLabels } from "./use-labels";

/** Art. 32 security measures, then source, systems, processors (Art. 28), owner and review date. */
export function GovernanceSection() {
  const { t, f, locale } = useLabels();
  return (
    <>
      <FormSection id="security" title={t("form.sections.security")}>
        <CheckboxGroup
          name="securityMeasures.measures"
          legend={f("measures")}
          options={SECURITY_MEASURE_KEYS.map((key) => ({
            value: key,
            label: SECURITY_MEASURES[key].label[locale],
            description: legalReferenceIn(SECURITY_MEASURES[key].article, locale),
          }))}
        />
        <TextArea name="securityMeasures.description" label={f("securityDescription")} />
      </FormSection>
      <FormSection id="governance" title={t("form.sections.governance")}>
        <TextArea name="dataSource" label={f("dataSource")} />
        <LinesInput name="systems" label={f("systems")} description={t("form.linesHint")} />
        <ItemList
          name="processors"
          legend={f("processors")}
          addLabel={t("form.add")}
          create={() => ({ name: "", service: "", country: "", contractDate: null })}
          render={(p) => (
            <div className="grid gap-4 md:grid-cols-4">
              <TextInput name={`${p}.name`} label={f("processorName")} />
              <TextInput name={`${p}.service`} label={f("processorService")} />
              <TextInput name={`${p}.country`} label={f("country")} />
              <TextInput name={`${p}.contractDate`} label={f("contractDate")} type="date" />
            </div>
          )}
        />
        <div className="grid gap-4 md:grid-cols-2">
          <TextInput name="businessOwner" label={f("businessOwner")} />
          <TextInput name="nextReviewOn" label={f("nextReviewOn")} type="date" />
        </div>
      </FormSection>
    </>
  );
}
