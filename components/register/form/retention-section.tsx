"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Plus, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { getDataCategory, type DataCategoryKey } from "@/lib/register/catalogue/catalogue";
import { createEmptyRetentionRule } from "@/lib/register/entry/defaults";
import { RETENTION_UNITS } from "@/lib/register/catalogue/duration";
import type { PurposeFamily } from "@/lib/register/catalogue/purpose-families";
import { checkRetention, type RetentionRuleLike, type RetentionWarning } from "@/lib/register/completeness/retention";
import { selectClass } from "@/components/forms/select-class";
import { FormSection, NumberInput, SelectInput, TextInput, useFieldError } from "./fields";
import { useLabels } from "./use-labels";

/** Retention per data category (Art. 30(1)(f)), with the ceiling warning computed live (CPCE L34-1). */
export function RetentionSection() {
  const { t, locale } = useLabels();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "retention" });
  const categories = (useWatch({ name: "dataCategories" }) as DataCategoryKey[] | undefined) ?? [];
  const rules = (useWatch({ name: "retention" }) as RetentionRuleLike[] | undefined) ?? [];
  const purposes = (useWatch({ name: "purposes" }) as { family?: PurposeFamily | null }[] | undefined) ?? [];
  const warnings = checkRetention({ retention: rules.filter((r) => Number.isFinite(r.duration?.value)), purposes });
  const available = categories.filter((key) => !rules.some((rule) => rule.dataCategory === key));
  const [choice, setChoice] = useState("");
  const error = useFieldError("retention");
  const selected = available.includes(choice as DataCategoryKey) ? choice : (available[0] ?? "");

  return (
    <FormSection id="retention" title={t("form.sections.retention")}>
      {fields.map((item, index) => (
        <RetentionItem
          key={item.id}
          index={index}
          rule={rules[index]}
          warning={warnings.find((w) => w.dataCategory === rules[index]?.dataCategory)}
          onRemove={() => remove(index)}
        />
      ))}
      {error ? <p className="text-sm text-destructive">{error}</p> : null}
      {available.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <div className="grid gap-2">
            <label htmlFor="retention-add" className="text-sm font-medium">
              {t("form.addRetention")}
            </label>
            <select
              id="retention-add"
              className={selectClass}
              value={selected}
              onChange={(e) => setChoice(e.target.value)}
            >
              {available.map((key) => (
                <option key={key} value={key}>
                  {getDataCategory(key).label[locale]}
                </option>
              ))}
            </select>
          </div>
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => selected && append(createEmptyRetentionRule(selected as DataCategoryKey))}
          >
            <Plus aria-hidden />
            {t("form.add")}
          </Button>
        </div>
      ) : null}
    </FormSection>
  );
}

function RetentionItem({
  index,
  rule,
  warning,
  onRemove,
}: {
  index: number;
  rule: RetentionRuleLike | undefined;
  warning: RetentionWarning | undefined;
  onRemove: () => void;
}) {
  const { t, f, locale } = useLabels();
  const categoryError = useFieldError(`retention.${index}.dataCategory`);
  const label = rule ? getDataCategory(rule.dataCategory).label[locale] : "";
  return (
    <div role="group" aria-label={label} className="grid gap-3 rounded-lg border p-3">
      <h3 className="text-sm font-medium">{label}</h3>
      {categoryError ? <p className="text-sm text-destructive">{categoryError}</p> : null}
      <div className="grid gap-4 md:grid-cols-4">
        <NumberInput name={`retention.${index}.duration.value`} label={f("durationValue")} />
        <SelectInput
          name={`retention.${index}.duration.unit`}
          label={f("durationUnit")}
          options={RETENTION_UNITS.map((value) => ({ value, label: t(`form.units.${value}`) }))}
        />
        <TextInput name={`retention.${index}.trigger`} label={f("trigger")} />
        <TextInput name={`retention.${index}.legalReference`} label={f("legalReference")} />
      </div>
      {warning ? (
        <p
          className={warning.isJustified ? "text-sm" : "text-sm font-medium text-destructive"}
          data-testid="retention-warning"
        >
          {t(warning.messageKey.replace(/^register\./, ""), warning.params)}
        </p>
      ) : null}
      {warning || rule?.justification ? (
        <TextInput name={`retention.${index}.justification`} label={f("justification")} />
      ) : null}
      <div>
        <Button type="button" variant="ghost" size="sm" onClick={onRemove}>
          <Trash2 aria-hidden />
          {t("form.removeItem", { index: index + 1 })}
        </Button>
      </div>
    </div>
  );
}
