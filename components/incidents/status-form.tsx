"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { changeIncidentStatusAction } from "@/lib/incidents/actions";
import { changeStatusSchema } from "@/lib/incidents/form/schemas";
import { nextStatuses, type IncidentStatus } from "@/lib/incidents/status";
import { SelectField, TextInputField } from "@/components/forms/bound-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = { id: string; version: number; status: string; note: string };

/** Move the incident on (detected → investigating → contained → closed) or reopen it. */
export function StatusForm({
  incidentId,
  version,
  status,
}: {
  incidentId: string;
  version: number;
  status: IncidentStatus;
}) {
  const t = useTranslations("incidents.statusForm");
  const ts = useTranslations("incidents.incidentStatus");
  const id = useId();
  const options = nextStatuses(status);
  const { form, formError, onSubmit } = useActionForm<Values, typeof changeStatusSchema>({
    schema: changeStatusSchema,
    defaultValues: { id: incidentId, version, status: options[0], note: "" },
    action: changeIncidentStatusAction,
    // A refused closing names its reason under the status and the first unmet obligation above the form.
    fields: ["status", "note"],
    success: t("saved"),
  });
  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid gap-3 md:grid-cols-[auto_1fr_auto] md:items-end"
        aria-label={t("title")}
      >
        <div className="md:col-span-3">
          <ActionAlert messageKey={formError} />
        </div>
        <SelectField<Values>
          name="status"
          id={`${id}-s`}
          label={t("status")}
          options={options.map((s) => ({ value: s, label: status === "closed" ? t("reopen") : ts(s) }))}
        />
        <TextInputField<Values> name="note" id={`${id}-n`} label={t("note")} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {t("submit")}
        </Button>
      </form>
    </FormProvider>
  );
}
