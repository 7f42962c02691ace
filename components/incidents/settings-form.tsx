"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { updateIncidentSettingsAction } from "@/lib/incidents/actions";
import { incidentSettingsSchema } from "@/lib/incidents/form/schemas";
import type { SeverityBand, SeveritySuggestionMap } from "@/lib/incidents/severity";
import { CheckboxField, SelectField, TextInputField } from "@/components/forms/bound-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = { nis2Enabled: boolean; incidentTargetHours: string; severitySuggestions: SeveritySuggestionMap };

const BANDS: SeverityBand[] = ["low", "medium", "high", "very_high"];
const SUGGESTIONS = ["document_only", "notify_authority", "notify_authority_and_inform_people"] as const;

/** The organisation's incident settings (DPO only). */
export function SettingsForm({
  current,
}: {
  current: { nis2Enabled: boolean; incidentTargetHours: number; severitySuggestions: SeveritySuggestionMap };
}) {
  const t = useTranslations("incidents");
  const id = useId();
  const { form, formError, onSubmit } = useActionForm<Values, typeof incidentSettingsSchema>({
    schema: incidentSettingsSchema,
    defaultValues: { ...current, incidentTargetHours: String(current.incidentTargetHours) },
    action: updateIncidentSettingsAction,
    fields: ["nis2Enabled", "incidentTargetHours", "severitySuggestions"],
    success: t("settings.saved"),
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4" aria-label={t("settings.title")}>
        <ActionAlert messageKey={formError} />
        <CheckboxField<Values>
          name="nis2Enabled"
          id={`${id}-nis2`}
          label={t("settings.nis2Enabled")}
          description={t("settings.nis2Help")}
        />
        <TextInputField<Values>
          name="incidentTargetHours"
          id={`${id}-target`}
          type="number"
          label={t("settings.targetHours")}
          description={t("settings.targetHelp")}
          required
        />
        <fieldset className="grid gap-3">
          <legend className="mb-1 text-sm font-medium">{t("settings.mapping")}</legend>
          {BANDS.map((band) => (
            <SelectField<Values>
              key={band}
              name={`severitySuggestions.${band}`}
              id={`${id}-${band}`}
              label={t(`severity.band.${band}`)}
              options={SUGGESTIONS.map((s) => ({ value: s, label: t(`severity.suggestion.${s}`) }))}
            />
          ))}
        </fieldset>
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("settings.submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
