"use client";

import { useFormContext, useWatch } from "react-hook-form";
import type { DataCategoryKey } from "@/lib/register/catalogue/catalogue";
import {
  CNIL_DPIA_EXEMPT_LIST,
  CNIL_DPIA_REQUIRED_LIST,
  DPIA_OUTCOME_MESSAGE_KEYS,
  DPIA_STATUSES,
  WP248_CRITERIA,
  screenDpia,
  type Dpia,
} from "@/lib/register/dpia/dpia";
import { CheckboxGroup, CheckboxInput, FormSection, SelectInput, TextArea, TextInput } from "./fields";
import { useLabels } from "./use-labels";

/** DPIA screening (WP248 criteria, CNIL lists) with the live result, the DPO's reasoned decision, and the DPIA's state. */
export function DpiaSection() {
  const { t, f, locale } = useLabels();
  const { setValue } = useFormContext();
  const dpia = useWatch({ name: "dpia" }) as Dpia;
  const categories = (useWatch({ name: "dataCategories" }) as DataCategoryKey[] | undefined) ?? [];
  const screening = screenDpia({ ...dpia, dpoOverride: dpia.dpoOverride, dataCategories: categories });
  return (
    <FormSection id="dpia" title={t("form.sections.dpia")}>
      <CheckboxGroup
        name="dpia.criteria"
        legend={f("dpiaCriteria")}
        options={WP248_CRITERIA.map((c) => ({
          value: c.key,
          label: `${c.number}. ${c.label[locale]}`,
          description: c.explanation[locale],
        }))}
      />
      <CheckboxGroup
        name="dpia.cnilRequiredTypes"
        legend={f("cnilRequired")}
        options={CNIL_DPIA_REQUIRED_LIST.items.map((c) => ({ value: c.key, label: c.label[locale] }))}
      />
      <CheckboxGroup
        name="dpia.cnilExemptTypes"
        legend={f("cnilExempt")}
        options={CNIL_DPIA_EXEMPT_LIST.items.map((c) => ({ value: c.key, label: c.label[locale] }))}
      />
      <p role="status" className="rounded-md border p-3 text-sm">
        <span className="font-medium">{t("form.screeningResult")} :</span>{" "}
        {t(DPIA_OUTCOME_MESSAGE_KEYS[screening.outcome].replace(/^register\./, ""))}
      </p>
      <div className="flex items-start gap-2">
        <input
          id="entry-dpo-decides"
          type="checkbox"
          className="mt-0.5 size-4 accent-primary"
          checked={dpia.dpoOverride !== null}
          onChange={(e) =>
            setValue(
              "dpia.dpoOverride",
              e.target.checked ? { isDpiaRequired: screening.recommendation !== "required", reason: "" } : null,
              { shouldDirty: true },
            )
          }
        />
        <label htmlFor="entry-dpo-decides" className="text-sm font-medium">
          {f("dpoDecides")}
        </label>
      </div>
      {dpia.dpoOverride ? (
        <div className="grid gap-4">
          <CheckboxInput name="dpia.dpoOverride.isDpiaRequired" label={f("dpoRequires")} />
          <TextArea name="dpia.dpoOverride.reason" label={f("dpoReason")} />
        </div>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <SelectInput
          name="dpia.status"
          label={f("dpiaStatus")}
          options={DPIA_STATUSES.map((value) => ({ value, label: t(`dpiaStatuses.${value}`) }))}
        />
        <TextInput name="dpia.completedOn" label={f("dpiaCompletedOn")} type="date" />
        <TextInput name="dpia.documentReference" label={f("dpiaDocument")} />
        <TextInput name="dpia.nextReviewOn" label={f("dpiaNextReview")} type="date" />
      </div>
    </FormSection>
  );
}
