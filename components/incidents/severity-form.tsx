"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { assessSeverityAction } from "@/lib/incidents/actions";
import { assessSeveritySchema, RISK_LEVELS } from "@/lib/incidents/form/schemas";
import {
  AVAILABILITY_LOSS_LEVELS,
  CONFIDENTIALITY_LOSS_LEVELS,
  EASE_OF_IDENTIFICATION_LEVELS,
  contextAdjustmentsFor,
  DPC_BASE,
  INTEGRITY_LOSS_LEVELS,
  severityInputSchema,
  SEVERITY_DATA_TYPES,
  type SeverityInput,
} from "@/lib/incidents/schemas";
import { computeSeverity, type SeveritySuggestionMap } from "@/lib/incidents/severity";
import { CheckboxField, SelectField, TextAreaField } from "@/components/forms/bound-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = { id: string; version: number; riskLevel: string; severity: SeverityInput };

const DEFAULTS: SeverityInput = {
  dataType: "simple",
  contextAdjustment: 0,
  contextReason: "",
  easeOfIdentification: "limited",
  confidentiality: "none",
  integrity: "none",
  availability: "none",
  malicious: false,
};

/** The ENISA method (SE = DPC × EI + CB), each factor explained; the band and suggestion update live. */
export function SeverityForm({
  incidentId,
  version,
  severity,
  riskLevel,
  suggestions,
}: {
  incidentId: string;
  version: number;
  severity: SeverityInput | null;
  riskLevel: string | null;
  suggestions: SeveritySuggestionMap;
}) {
  const t = useTranslations("incidents.severity");
  const id = useId();
  const { form, formError, onSubmit } = useActionForm<Values, typeof assessSeveritySchema>({
    schema: assessSeveritySchema,
    defaultValues: { id: incidentId, version, riskLevel: riskLevel ?? "risk", severity: severity ?? DEFAULTS },
    action: assessSeverityAction,
    fields: [
      "riskLevel",
      "severity.dataType",
      "severity.contextAdjustment",
      "severity.contextReason",
      "severity.easeOfIdentification",
      "severity.confidentiality",
      "severity.integrity",
      "severity.availability",
    ],
    success: t("saved"),
  });
  const watched = useWatch({ control: form.control, name: "severity" });
  const parsed = severityInputSchema.safeParse(watched);
  const dataType = SEVERITY_DATA_TYPES.find((v) => v === watched?.dataType) ?? "simple";
  const result = parsed.success ? computeSeverity(parsed.data, { suggestions }) : null;
  const opts = (field: string, values: readonly string[]) =>
    values.map((v) => ({ value: v, label: t(`options.${field}.${v}`) }));
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("title")}>
        <ActionAlert messageKey={formError} />
        <div className="grid gap-3 md:grid-cols-2">
          <SelectField<Values>
            name="severity.dataType"
            id={`${id}-dpc`}
            label={t("factor.dpc")}
            description={t("help.dpc")}
            options={opts("dataType", SEVERITY_DATA_TYPES)}
          />
          <SelectField<Values>
            name="severity.contextAdjustment"
            id={`${id}-adj`}
            label={t("adjustment")}
            description={t("help.adjustment")}
            numeric
            options={contextAdjustmentsFor(dataType).map((v) => ({
              value: String(v),
              label: `${v > 0 ? `+${v}` : String(v)} (DPC ${DPC_BASE[dataType] + v})`,
            }))}
          />
          <div className="md:col-span-2">
            <TextAreaField<Values>
              name="severity.contextReason"
              id={`${id}-reason`}
              label={t("contextReason")}
              rows={2}
            />
          </div>
          <SelectField<Values>
            name="severity.easeOfIdentification"
            id={`${id}-ei`}
            label={t("factor.ease_of_identification")}
            description={t("help.ease_of_identification")}
            options={opts("easeOfIdentification", EASE_OF_IDENTIFICATION_LEVELS)}
          />
          <SelectField<Values>
            name="severity.confidentiality"
            id={`${id}-c`}
            label={t("factor.confidentiality")}
            description={t("help.confidentiality")}
            options={opts("confidentiality", CONFIDENTIALITY_LOSS_LEVELS)}
          />
          <SelectField<Values>
            name="severity.integrity"
            id={`${id}-i`}
            label={t("factor.integrity")}
            description={t("help.integrity")}
            options={opts("integrity", INTEGRITY_LOSS_LEVELS)}
          />
          <SelectField<Values>
            name="severity.availability"
            id={`${id}-a`}
            label={t("factor.availability")}
            description={t("help.availability")}
            options={opts("availability", AVAILABILITY_LOSS_LEVELS)}
          />
        </div>
        <CheckboxField<Values>
          name="severity.malicious"
          id={`${id}-m`}
          label={t("factor.malicious")}
          description={t("help.malicious")}
        />
        <output className="grid gap-1 rounded-md border p-3 text-sm" aria-live="polite" data-testid="severity-result">
          {result ? (
            <>
              <span className="font-mono">SE = {result.formula}</span>
              <span>{t("bandIs", { band: t(`band.${result.band}`) })}</span>
              <span>{t("suggestionIs", { suggestion: t(`suggestion.${result.suggestion}`) })}</span>
            </>
          ) : (
            <span>{t("incomplete")}</span>
          )}
        </output>
        <SelectField<Values>
          name="riskLevel"
          id={`${id}-risk`}
          label={t("riskLevel")}
          description={t("help.riskLevel")}
          options={RISK_LEVELS.map((r) => ({ value: r, label: t(`risk.${r}`) }))}
        />
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
