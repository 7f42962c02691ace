"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { recordAwarenessAction } from "@/lib/incidents/actions";
import { recordAwarenessSchema } from "@/lib/incidents/form/schemas";
import { SelectField, TextAreaField, TextInputField } from "@/components/forms/bound-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = { id: string; version: number; regime: "gdpr" | "nis2"; awareAt: string; reason: string };

/**
 * Record an awareness with its reason: of the personal-data breach (GDPR Art. 33(1), EDPB
 * Guidelines 9/2022) or of the significant incident (NIS2 Art. 23(4)); each starts its own clocks.
 */
export function AwarenessForm({
  incidentId,
  version,
  awareAt,
}: {
  incidentId: string;
  version: number;
  awareAt: string;
}) {
  const t = useTranslations("incidents.awareness");
  const id = useId();
  const { form, formError, onSubmit } = useActionForm<Values, typeof recordAwarenessSchema>({
    schema: recordAwarenessSchema,
    defaultValues: { id: incidentId, version, regime: "gdpr", awareAt, reason: "" },
    action: recordAwarenessAction,
    fields: ["regime", "awareAt", "reason"],
    success: t("saved"),
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("title")}>
        <ActionAlert messageKey={formError} />
        <SelectField<Values>
          name="regime"
          id={`${id}-regime`}
          label={t("regime")}
          options={[
            { value: "gdpr", label: t("regimes.gdpr") },
            { value: "nis2", label: t("regimes.nis2") },
          ]}
        />
        <TextInputField<Values> name="awareAt" id={`${id}-at`} type="datetime-local" label={t("awareAt")} required />
        <TextAreaField<Values>
          name="reason"
          id={`${id}-reason`}
          label={t("reason")}
          description={t("reasonHelp")}
          required
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
