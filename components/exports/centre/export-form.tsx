"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormField, fieldA11yProps } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ActionAlert } from "@/components/forms/action-alert";
import { useMessage } from "@/components/forms/use-message";
import { selectClass } from "@/components/forms/select-class";
import type { ExportFormat, ReportKind } from "@/lib/exports/contract";
import { incidentReports } from "@/lib/exports/centre/access";
import { requestExportAction, requestIncidentExportAction } from "@/lib/exports/centre/actions";
import type { ReportChoiceDTO } from "@/lib/exports/centre/query-options";
import { scopeFieldsByReport, type ExportRequestInput } from "@/lib/exports/centre/scope";
import { RegisterScopeFields, type RegisterScope } from "./register-scope-fields";

interface Props {
  choices: ReportChoiceDTO[];
  /** Defaults of the period: the 1st of January and today, in the organisation's zone. */
  defaultFrom: string;
  today: string;
  onStarted(job: { jobId: string; report: ReportKind; format: ExportFormat }): void;
}

/** Choose a report, its scope and a format; the server validates, then the job starts. */
export function ExportForm({ choices, defaultFrom, today, onStarted }: Props) {
  const t = useTranslations("exportCentre");
  const message = useMessage();
  const id = useId();
  const [report, setReport] = useState<ReportKind>(choices[0]!.report);
  const formats = choices.find((c) => c.report === report)?.formats ?? [];
  const [format, setFormat] = useState<ExportFormat>(formats[0]!);
  const [values, setValues] = useState({
    from: defaultFrom,
    to: today,
    asOf: "",
    reference: "",
    subscriberRef: "",
    csvSeparator: "," as "," | ";",
  });
  const [registerScope, setRegisterScope] = useState<RegisterScope>("all");
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const fields = scopeFieldsByReport[report];
  const chosenFormat = formats.includes(format) ? format : formats[0]!;

  const set = (name: keyof typeof values) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setValues((v) => ({ ...v, [name]: event.target.value }));
  const fieldError = (name: string) => (errors[name]?.[0] ? message(errors[name][0]) : undefined);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    const input: ExportRequestInput = { report, format: chosenFormat };
    if (fields.includes("period")) Object.assign(input, { from: values.from, to: values.to });
    if (report === "register") {
      if (registerScope === "active") input.activeOnly = true;
      if (registerScope === "one") input.reference = values.reference;
      if (values.asOf) input.asOf = values.asOf;
    }
    if (report === "incident") input.reference = values.reference;
    if (fields.includes("subscriberRef")) input.subscriberRef = values.subscriberRef;
    if (chosenFormat === "csv") input.csvSeparator = values.csvSeparator;
    startTransition(async () => {
      const action = incidentReports.includes(report) ? requestIncidentExportAction : requestExportAction;
      const result = await action(input);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        if (!result.fieldErrors || result.fieldErrors._form)
          setFormError(result.fieldErrors?._form?.[0] ?? result.message);
        return;
      }
      onStarted({ jobId: result.data.jobId, report, format: chosenFormat });
    });
  }

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      className="grid max-w-3xl gap-4 rounded-lg border p-4"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t("form.title")}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id={`${id}-report`} label={t("form.report")} error={fieldError("report")}>
          <select
            {...fieldA11yProps(`${id}-report`, fieldError("report"))}
            className={selectClass}
            value={report}
            onChange={(e) => setReport(e.target.value as ReportKind)}
          >
            {choices.map((choice) => (
              <option key={choice.report} value={choice.report}>
                {t(`reports.${choice.report}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={`${id}-format`} label={t("form.format")} error={fieldError("format")}>
          <select
            {...fieldA11yProps(`${id}-format`, fieldError("format"))}
            className={selectClass}
            value={chosenFormat}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            {formats.map((f) => (
              <option key={f} value={f}>
                {t(`formats.${f}`)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      {fields.includes("period") ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField
            id={`${id}-from`}
            label={t("form.from")}
            error={fieldError("from")}
            description={t("form.periodDescription")}
          >
            <Input
              type="date"
              max={today}
              {...fieldA11yProps(`${id}-from`, fieldError("from"), true)}
              value={values.from}
              onChange={set("from")}
            />
          </FormField>
          <FormField id={`${id}-to`} label={t("form.to")} error={fieldError("to")}>
            <Input
              type="date"
              {...fieldA11yProps(`${id}-to`, fieldError("to"))}
              value={values.to}
              onChange={set("to")}
            />
          </FormField>
        </div>
      ) : null}
      {report === "register" ? (
        <RegisterScopeFields
          id={id}
          scope={registerScope}
          onScope={setRegisterScope}
          reference={values.reference}
          onReference={set("reference")}
          asOf={values.asOf}
          onAsOf={set("asOf")}
          today={today}
          error={fieldError}
        />
      ) : null}
      {report === "incident" ? (
        <FormField id={`${id}-incident`} label={t("form.incidentReference")} error={fieldError("reference")}>
          <Input
            {...fieldA11yProps(`${id}-incident`, fieldError("reference"))}
            value={values.reference}
            onChange={set("reference")}
            autoComplete="off"
            spellCheck={false}
            placeholder="INC-2026-0001"
          />
        </FormField>
      ) : null}
      {fields.includes("subscriberRef") ? (
        <FormField
          id={`${id}-subscriber`}
          label={t("form.subscriberRef")}
          error={fieldError("subscriberRef")}
          description={t("form.subscriberDescription")}
        >
          <Input
            {...fieldA11yProps(`${id}-subscriber`, fieldError("subscriberRef"), true)}
            value={values.subscriberRef}
            onChange={set("subscriberRef")}
            autoComplete="off"
            spellCheck={false}
          />
        </FormField>
      ) : null}
      {chosenFormat === "csv" ? (
        <FormField id={`${id}-separator`} label={t("form.csvSeparator")} error={fieldError("csvSeparator")}>
          <select
            {...fieldA11yProps(`${id}-separator`, fieldError("csvSeparator"))}
            className={selectClass}
            value={values.csvSeparator}
            onChange={set("csvSeparator")}
          >
            <option value=",">{t("form.separatorComma")}</option>
            <option value=";">{t("form.separatorSemicolon")}</option>
          </select>
        </FormField>
      ) : null}
      <ActionAlert messageKey={formError} />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("form.submitting") : t("form.submit")}
        </Button>
      </div>
    </form>
  );
}
