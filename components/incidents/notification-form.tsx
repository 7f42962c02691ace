"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { recordNotificationAction } from "@/lib/incidents/actions";
import { recordNotificationSchema } from "@/lib/incidents/form/schemas";
import type { ObligationId } from "@/lib/incidents/obligations/obligations";
import { DraftTools } from "./draft-tools";
import { CheckboxField, TextAreaField, TextInputField } from "@/components/forms/bound-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = {
  id: string;
  obligation: ObligationId;
  sentAt: string;
  reference: string;
  complete: boolean;
  delayReason: string;
  draft: string;
};

/**
 * Record a notification as sent: the authority's reference, the text sent (generated from the
 * facts, editable, copyable, downloadable as PDF) and, when late, the reasons for the delay.
 */
export function NotificationForm({
  incidentId,
  reference,
  obligations,
  drafts,
}: {
  incidentId: string;
  reference: string;
  obligations: ObligationId[];
  drafts: Record<ObligationId, string>;
}) {
  const t = useTranslations("incidents.notify");
  const to = useTranslations("incidents.obligations");
  const id = useId();
  const first = obligations[0]!;
  const { form, formError, onSubmit } = useActionForm<Values, typeof recordNotificationSchema>({
    schema: recordNotificationSchema,
    defaultValues: {
      id: incidentId,
      obligation: first,
      sentAt: "",
      reference: "",
      complete: true,
      delayReason: "",
      draft: drafts[first],
    },
    action: recordNotificationAction,
    fields: ["obligation", "sentAt", "reference", "delayReason", "draft"],
    success: t("saved"),
  });
  const obligation = useWatch({ control: form.control, name: "obligation" });
  const draft = useWatch({ control: form.control, name: "draft" });
  const obligationField = form.register("obligation", {
    onChange: (e) => form.setValue("draft", drafts[e.target.value as ObligationId] ?? ""),
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("title")}>
        <ActionAlert messageKey={formError} />
        <div className="grid gap-2">
          <label htmlFor={`${id}-obligation`} className="text-sm font-medium">
            {t("obligation")}
          </label>
          <select
            id={`${id}-obligation`}
            className="h-9 rounded-md border border-input bg-background px-2 text-sm"
            {...obligationField}
          >
            {obligations.map((o) => (
              <option key={o} value={o}>
                {to(o)}
              </option>
            ))}
          </select>
        </div>
        <TextAreaField<Values>
          name="draft"
          id={`${id}-draft`}
          label={t("draft")}
          description={t("draftHelp")}
          rows={12}
        />
        <DraftTools text={draft} title={`${reference} — ${to(obligation)}`} reference={reference} />
        <div className="grid gap-3 md:grid-cols-2">
          <TextInputField<Values>
            name="sentAt"
            id={`${id}-sentAt`}
            type="datetime-local"
            label={t("sentAt")}
            required
          />
          <TextInputField<Values>
            name="reference"
            id={`${id}-reference`}
            label={t("reference")}
            description={t("referenceHelp")}
          />
        </div>
        {obligation === "eprivacy-611-initial" ? (
          <CheckboxField<Values>
            name="complete"
            id={`${id}-complete`}
            label={t("complete")}
            description={t("completeHelp")}
          />
        ) : null}
        <TextAreaField<Values>
          name="delayReason"
          id={`${id}-delay`}
          label={t("delayReason")}
          description={t("delayReasonHelp")}
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
