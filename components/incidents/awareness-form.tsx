"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { recordAwarenessAction } from "@/lib/incidents/actions";
import { recordAwarenessSchema } from "@/lib/incidents/form/schemas";
import { TextAreaField, TextInputField } from "./fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = { id: string; version: number; awareAt: string; reason: string };

/** Record awareness (EDPB Guidelines 9/2022): the GDPR and NIS2 clocks then run from it. */
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
    defaultValues: { id: incidentId, version, awareAt, reason: "" },
    action: recordAwarenessAction,
    fields: ["awareAt", "reason"],
    success: t("saved"),
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("title")}>
        <ActionAlert messageKey={formError} />
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
