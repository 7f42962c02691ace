"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { addTimelineEntryAction } from "@/lib/incidents/actions";
import { TIMELINE_KINDS, timelineEntrySchema } from "@/lib/incidents/form/schemas";
import { SelectField, TextAreaField, TextInputField } from "@/components/forms/bound-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = { id: string; kind: string; at: string; text: string };

/** Add an entry to the timeline; entries are immutable, a correction is a new entry. */
export function TimelineEntryForm({ incidentId }: { incidentId: string }) {
  const t = useTranslations("incidents.timeline");
  const id = useId();
  const { form, formError, onSubmit } = useActionForm<Values, typeof timelineEntrySchema>({
    schema: timelineEntrySchema,
    defaultValues: { id: incidentId, kind: "note", at: "", text: "" },
    action: addTimelineEntryAction,
    fields: ["kind", "at", "text"],
    success: t("saved"),
    reset: true,
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("addTitle")}>
        <ActionAlert messageKey={formError} />
        <div className="grid gap-3 md:grid-cols-2">
          <SelectField<Values>
            name="kind"
            id={`${id}-k`}
            label={t("kind")}
            options={TIMELINE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          />
          <TextInputField<Values> name="at" id={`${id}-at`} type="datetime-local" label={t("at")} required />
        </div>
        <TextAreaField<Values> name="text" id={`${id}-t`} label={t("text")} required />
        <div>
          <Button type="submit" variant="outline" disabled={form.formState.isSubmitting}>
            {t("add")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
