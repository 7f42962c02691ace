"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormProvider, useFieldArray } from "react-hook-form";
import { FormDialog } from "@/components/forms/form-dialog";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { recordAuditAction } from "@/lib/security-programme/actions";
import { auditFormSchema, reportFileSchema, type AuditValues } from "@/lib/security-programme/schemas";
import { AUDIT_KINDS, AUDIT_RESULTS, SEVERITIES } from "@/lib/security-programme/vocabulary";
import { CheckboxGroupField, SelectField, TextAreaField, TextInputField } from "@/components/forms/bound-fields";
import { labelOf } from "./labels";
import { SecurityDialog } from "./security-dialog";
import { useSecurityForm } from "./use-security-form";

type Values = Omit<AuditValues, "systemIds" | "findings" | "report" | "endedOn"> & {
  systemIds: string[];
  endedOn: string;
  findings: { title: string; severity: string; owner: string; description: string }[];
};
type Choice = { id: string; name: string };

/** "Record an audit": provider, kind, systems in scope, dates, result, optional report file and the findings raised. */
export function RecordAuditDialog(props: { providers: Choice[]; systems: Choice[]; today: string }) {
  const t = useTranslations("securityProgramme");
  return (
    <SecurityDialog label={t("auditForm.open")} wide>
      {(close) => <AuditForm {...props} onDone={close} />}
    </SecurityDialog>
  );
}

function AuditForm({
  providers,
  systems,
  today,
  onDone,
}: {
  providers: Choice[];
  systems: Choice[];
  today: string;
  onDone: () => void;
}) {
  const t = useTranslations("securityProgramme");
  const label = labelOf(t);
  const id = useId();
  const [report, setReport] = useState<File | undefined>(undefined);
  const { form, formError, onSubmit, submitting } = useSecurityForm<Values, typeof auditFormSchema>({
    schema: auditFormSchema,
    defaultValues: {
      title: "",
      kind: "intrusion",
      providerId: providers[0]?.id ?? "",
      systemIds: [],
      startedOn: today,
      endedOn: "",
      reportReference: "",
      result: "needs_improvement",
      findings: [],
    },
    // A file over the limit is refused here, before its bytes are sent (the action checks again).
    action: async (values) => {
      const file = reportFileSchema.safeParse(report);
      if (!file.success)
        return {
          ok: false,
          code: "VALIDATION",
          message: "errors.validation",
          fieldErrors: { report: file.error.issues.map((issue) => issue.message) },
        };
      return recordAuditAction({ ...values, report });
    },
    fields: "all",
    success: t("auditForm.saved"),
    onDone,
  });
  const findings = useFieldArray({ control: form.control, name: "findings" });
  const message = useMessage();
  const reportKey = (form.formState.errors as Record<string, { message?: string } | undefined>).report?.message;
  const reportError = reportKey ? message(reportKey) : undefined;
  const options = <T extends string>(values: readonly T[], group: string) =>
    values.map((value) => ({ value, label: label(`${group}.${value}`) }));
  return (
    <FormProvider {...form}>
      <FormDialog
        onSubmit={onSubmit}
        title={t("auditForm.title")}
        description={t("auditForm.description")}
        formError={formError}
        submitting={submitting}
      >
        <TextInputField<Values> name="title" id={`${id}-title`} label={t("auditForm.titleField")} required />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField<Values>
            name="kind"
            id={`${id}-kind`}
            label={t("auditForm.kind")}
            options={options(AUDIT_KINDS, "auditKind")}
          />
          <SelectField<Values>
            name="providerId"
            id={`${id}-provider`}
            label={t("auditForm.provider")}
            options={providers.map((p) => ({ value: p.id, label: p.name }))}
          />
          <TextInputField<Values>
            name="startedOn"
            id={`${id}-start`}
            type="date"
            label={t("auditForm.startedOn")}
            required
          />
          <TextInputField<Values> name="endedOn" id={`${id}-end`} type="date" label={t("auditForm.endedOn")} />
          <TextInputField<Values> name="reportReference" id={`${id}-ref`} label={t("auditForm.reportReference")} />
          <SelectField<Values>
            name="result"
            id={`${id}-result`}
            label={t("auditForm.result")}
            options={options(AUDIT_RESULTS, "auditResult")}
          />
        </div>
        <CheckboxGroupField<Values>
          name="systemIds"
          id={`${id}-systems`}
          label={t("auditForm.systems")}
          columns={2}
          options={systems.map((s) => ({ value: s.id, label: s.name }))}
        />
        <FormField
          id={`${id}-report`}
          label={t("auditForm.report")}
          error={reportError}
          description={t("auditForm.reportHelp")}
        >
          <Input
            {...fieldA11yProps(`${id}-report`, reportError, t("auditForm.reportHelp"))}
            type="file"
            onChange={(event) => setReport(event.currentTarget.files?.[0] ?? undefined)}
          />
        </FormField>
        <fieldset className="grid gap-3">
          <legend className="mb-1 text-sm font-medium">{t("auditForm.findings")}</legend>
          {findings.fields.map((field, index) => (
            <fieldset key={field.id} className="grid gap-3 rounded-md border p-3">
              <legend className="px-1 text-sm">{t("auditForm.findingLegend", { index: index + 1 })}</legend>
              <TextInputField<Values>
                name={`findings.${index}.title`}
                id={`${id}-f${index}-title`}
                label={t("findingForm.title")}
                required
              />
              <div className="grid gap-3 sm:grid-cols-2">
                <SelectField<Values>
                  name={`findings.${index}.severity`}
                  id={`${id}-f${index}-severity`}
                  label={t("findingForm.severity")}
                  options={options(SEVERITIES, "severity")}
                />
                <TextInputField<Values>
                  name={`findings.${index}.owner`}
                  id={`${id}-f${index}-owner`}
                  label={t("findingForm.owner")}
                  required
                />
              </div>
              <TextAreaField<Values>
                name={`findings.${index}.description`}
                id={`${id}-f${index}-description`}
                label={t("findingForm.description")}
                rows={2}
              />
              <div>
                <Button type="button" variant="outline" onClick={() => findings.remove(index)}>
                  {t("auditForm.removeFinding", { index: index + 1 })}
                </Button>
              </div>
            </fieldset>
          ))}
          <div>
            <Button
              type="button"
              variant="outline"
              onClick={() => findings.append({ title: "", severity: "high", owner: "", description: "" })}
            >
              {t("auditForm.addFinding")}
            </Button>
          </div>
        </fieldset>
      </FormDialog>
    </FormProvider>
  );
}
