"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider, useWatch } from "react-hook-form";
import { FormDialog } from "@/components/forms/form-dialog";
import { createFindingAction } from "@/lib/security-programme/actions";
import { FINDING_SOURCES, findingSchema } from "@/lib/security-programme/schemas";
import { SEVERITIES } from "@/lib/security-programme/vocabulary";
import { CheckboxGroupField, SelectField, TextAreaField, TextInputField } from "@/components/forms/bound-fields";
import { labelOf } from "./labels";
import { SecurityDialog } from "./security-dialog";
import { useSecurityForm } from "./use-security-form";

type Values = {
  title: string;
  description: string;
  severity: string;
  owner: string;
  systemIds: string[];
  openedOn: string;
  source: string;
  auditId: string;
  incidentId: string;
};
export interface FindingChoices {
  systems: { id: string; name: string }[];
  audits: { id: string; title: string }[];
  incidents: { id: string; reference: string; title: string }[];
}

/** "Record a finding" outside an audit's form: from an audit already recorded or an incident's post-mortem. */
export function AddFindingDialog(props: FindingChoices & { today: string }) {
  const t = useTranslations("securityProgramme");
  return (
    <SecurityDialog label={t("findingForm.open")} wide>
      {(close) => <FindingForm {...props} onDone={close} />}
    </SecurityDialog>
  );
}

function FindingForm({
  systems,
  audits,
  incidents,
  today,
  onDone,
}: FindingChoices & { today: string; onDone: () => void }) {
  const t = useTranslations("securityProgramme");
  const label = labelOf(t);
  const id = useId();
  const { form, formError, onSubmit, submitting } = useSecurityForm<Values, typeof findingSchema>({
    schema: findingSchema,
    defaultValues: {
      title: "",
      description: "",
      severity: "high",
      owner: "",
      systemIds: [],
      openedOn: today,
      source: audits.length ? "audit" : "incident",
      auditId: "",
      incidentId: "",
    },
    action: createFindingAction,
    // Only the source chosen is sent: a hidden choice made before switching is dropped.
    toInput: (values) => ({
      ...values,
      auditId: values.source === "audit" ? values.auditId : "",
      incidentId: values.source === "incident" ? values.incidentId : "",
    }),
    fields: "all",
    success: t("findingForm.saved"),
    onDone,
  });
  const source = useWatch({ control: form.control, name: "source" });
  const choose = { value: "", label: t("findingForm.choose") };
  return (
    <FormProvider {...form}>
      <FormDialog
        onSubmit={onSubmit}
        title={t("findingForm.dialogTitle")}
        description={t("findingForm.dialogDescription")}
        formError={formError}
        submitting={submitting}
      >
        <TextInputField<Values> name="title" id={`${id}-title`} label={t("findingForm.title")} required />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField<Values>
            name="severity"
            id={`${id}-severity`}
            label={t("findingForm.severity")}
            options={SEVERITIES.map((value) => ({ value, label: label(`severity.${value}`) }))}
          />
          <TextInputField<Values> name="owner" id={`${id}-owner`} label={t("findingForm.owner")} required />
          <TextInputField<Values>
            name="openedOn"
            id={`${id}-opened`}
            type="date"
            label={t("findingForm.openedOn")}
            description={t("findingForm.openedOnHelp")}
            required
          />
          <SelectField<Values>
            name="source"
            id={`${id}-source`}
            label={t("findingForm.source")}
            options={FINDING_SOURCES.map((value) => ({ value, label: label(`findingForm.sources.${value}`) }))}
          />
        </div>
        {source === "audit" ? (
          <SelectField<Values>
            name="auditId"
            id={`${id}-audit`}
            label={t("findingForm.audit")}
            required
            options={[choose, ...audits.map((a) => ({ value: a.id, label: a.title }))]}
          />
        ) : (
          <SelectField<Values>
            name="incidentId"
            id={`${id}-incident`}
            label={t("findingForm.incident")}
            required
            options={[choose, ...incidents.map((i) => ({ value: i.id, label: `${i.reference} — ${i.title}` }))]}
          />
        )}
        <CheckboxGroupField<Values>
          name="systemIds"
          id={`${id}-systems`}
          label={t("findingForm.systems")}
          columns={2}
          options={systems.map((s) => ({ value: s.id, label: s.name }))}
        />
        <TextAreaField<Values> name="description" id={`${id}-description`} label={t("findingForm.description")} />
      </FormDialog>
    </FormProvider>
  );
}
