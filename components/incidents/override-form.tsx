"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { overrideObligationAction } from "@/lib/incidents/actions";
import { overrideObligationSchema } from "@/lib/incidents/form/schemas";
import { OBLIGATION_IDS } from "@/lib/incidents/obligations/obligations";
import { SelectField, TextAreaField } from "@/components/forms/bound-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = { id: string; version: number; obligation: string; applies: string; reason: string };

/** The DPO overrides whether an obligation applies, with a reason (or removes the override). */
export function OverrideForm({ incidentId, version }: { incidentId: string; version: number }) {
  const t = useTranslations("incidents.override");
  const to = useTranslations("incidents.obligations");
  const id = useId();
  const { form, formError, onSubmit } = useActionForm<Values, typeof overrideObligationSchema>({
    schema: overrideObligationSchema,
    defaultValues: { id: incidentId, version, obligation: "gdpr-33", applies: "false", reason: "" },
    action: overrideObligationAction,
    fields: ["obligation", "applies", "reason"],
    success: t("saved"),
    reset: true,
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("title")}>
        <ActionAlert messageKey={formError} />
        <SelectField<Values>
          name="obligation"
          id={`${id}-o`}
          label={t("obligation")}
          options={OBLIGATION_IDS.map((o) => ({ value: o, label: to(o) }))}
        />
        <SelectField<Values>
          name="applies"
          id={`${id}-a`}
          label={t("applies")}
          options={[
            { value: "true", label: t("appliesYes") },
            { value: "false", label: t("appliesNo") },
            { value: "remove", label: t("remove") },
          ]}
        />
        <TextAreaField<Values> name="reason" id={`${id}-r`} label={t("reason")} required />
        <div>
          <Button type="submit" variant="outline" disabled={form.formState.isSubmitting}>
            {t("submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
