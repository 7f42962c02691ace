"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { FormDialog } from "@/components/forms/form-dialog";
import { linkFindingIncidentAction } from "@/lib/security-programme/actions";
import { FINDING_RELATIONS, linkFindingSchema, type LinkFindingValues } from "@/lib/security-programme/schemas";
import { SelectField } from "@/components/forms/bound-fields";
import { SecurityDialog } from "./security-dialog";
import { useSecurityForm } from "./use-security-form";

type Choice = { value: string; label: string };

/**
 * Link a finding and an incident: the incident revealed the finding (its post-mortem), or exploited
 * it. Opened from a finding (choose the incident) or from an incident's page (choose the finding).
 */
export function LinkIncidentDialog(
  props:
    | { findingId: string; title: string; incidents: { id: string; reference: string; title: string }[] }
    | { incidentId: string; title: string; findings: { id: string; title: string }[] },
) {
  const t = useTranslations("securityProgramme");
  const fromFinding = "findingId" in props;
  const choices: Choice[] = fromFinding
    ? props.incidents.map((i) => ({ value: i.id, label: `${i.reference} — ${i.title}` }))
    : props.findings.map((f) => ({ value: f.id, label: f.title }));
  return (
    <SecurityDialog label={t(fromFinding ? "linkForm.open" : "linkForm.openFromIncident")} variant="outline">
      {(close) => (
        <LinkForm
          fixed={fromFinding ? { findingId: props.findingId } : { incidentId: props.incidentId }}
          title={props.title}
          choices={choices}
          onDone={close}
        />
      )}
    </SecurityDialog>
  );
}

function LinkForm({
  fixed,
  title,
  choices,
  onDone,
}: {
  fixed: { findingId: string } | { incidentId: string };
  title: string;
  choices: Choice[];
  onDone: () => void;
}) {
  const t = useTranslations("securityProgramme");
  const id = useId();
  const chosen = "findingId" in fixed ? "incidentId" : "findingId";
  const { form, formError, onSubmit, submitting } = useSecurityForm<LinkFindingValues, typeof linkFindingSchema>({
    schema: linkFindingSchema,
    defaultValues: { findingId: "", incidentId: "", ...fixed, relation: "revealed_by" },
    action: linkFindingIncidentAction,
    fields: [chosen, "relation"],
    success: t("linkForm.saved"),
    onDone,
  });
  return (
    <FormProvider {...form}>
      <FormDialog
        onSubmit={onSubmit}
        title={t("linkForm.title")}
        description={title}
        formError={formError}
        submitting={submitting}
      >
        <SelectField<LinkFindingValues>
          name={chosen}
          id={`${id}-choice`}
          label={t(chosen === "incidentId" ? "linkForm.incident" : "linkForm.finding")}
          required
          options={[{ value: "", label: t("findingForm.choose") }, ...choices]}
        />
        <SelectField<LinkFindingValues>
          name="relation"
          id={`${id}-relation`}
          label={t("linkForm.relation")}
          options={FINDING_RELATIONS.map((value) => ({ value, label: t(`linkForm.relations.${value}`) }))}
        />
      </FormDialog>
    </FormProvider>
  );
}
