"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { ActionAlert } from "@/components/forms/action-alert";
import { Button } from "@/components/ui/button";
import { updateSecuritySettingsAction } from "@/lib/security-programme/actions";
import type { SecurityProgrammeSettings } from "@/lib/security-programme/settings";
import { SETTINGS_LIMITS, securitySettingsSchema } from "@/lib/security-programme/settings-schema";
import { CRITICALITIES, SEVERITIES } from "@/lib/security-programme/vocabulary";
import { TextInputField } from "@/components/forms/bound-fields";
import { labelOf } from "./labels";
import { useSecurityForm } from "./use-security-form";

type Level = (typeof CRITICALITIES)[number];
type Values = { auditIntervalYears: Record<Level, string>; findingDueDays: Record<Level, string> };

const asText = (values: Record<Level, number>) =>
  Object.fromEntries(Object.entries(values).map(([level, n]) => [level, String(n)])) as Record<Level, string>;

/** The programme's periods: audit interval by criticality, finding due days by severity (DPO and security director). */
export function SecuritySettingsForm({ current }: { current: SecurityProgrammeSettings }) {
  const t = useTranslations("securityProgramme");
  const label = labelOf(t);
  const id = useId();
  const { form, formError, onSubmit, submitting } = useSecurityForm<Values, typeof securitySettingsSchema>({
    schema: securitySettingsSchema,
    defaultValues: {
      auditIntervalYears: asText(current.auditIntervalYears),
      findingDueDays: asText(current.findingDueDays),
    },
    action: updateSecuritySettingsAction,
    fields: "all",
    success: t("settings.saved"),
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-6" aria-label={t("settings.title")}>
        <ActionAlert messageKey={formError} />
        <fieldset className="grid gap-3">
          <legend className="mb-1 font-medium">{t("settings.auditInterval")}</legend>
          <p className="text-sm text-muted-foreground">
            {t("settings.auditIntervalHelp", { max: SETTINGS_LIMITS.auditIntervalYears })}
          </p>
          <div className="grid gap-4 sm:grid-cols-4">
            {CRITICALITIES.map((level) => (
              <TextInputField<Values>
                key={level}
                name={`auditIntervalYears.${level}`}
                id={`${id}-audit-${level}`}
                type="number"
                label={t("settings.yearsFor", { level: label(`criticality.${level}`) })}
                required
              />
            ))}
          </div>
        </fieldset>
        <fieldset className="grid gap-3">
          <legend className="mb-1 font-medium">{t("settings.findingDue")}</legend>
          <p className="text-sm text-muted-foreground">
            {t("settings.findingDueHelp", { max: SETTINGS_LIMITS.findingDueDays })}
          </p>
          <div className="grid gap-4 sm:grid-cols-4">
            {SEVERITIES.map((level) => (
              <TextInputField<Values>
                key={level}
                name={`findingDueDays.${level}`}
                id={`${id}-due-${level}`}
                type="number"
                label={t("settings.daysFor", { level: label(`severity.${level}`) })}
                required
              />
            ))}
          </div>
        </fieldset>
        <div>
          <Button type="submit" disabled={submitting}>
            {submitting ? t("settings.saving") : t("settings.submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
