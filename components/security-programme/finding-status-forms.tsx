"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { FormDialog } from "@/components/forms/form-dialog";
import { changeFindingStatusAction } from "@/lib/security-programme/actions";
import { findingStatusSchema, type FindingStatusValues } from "@/lib/security-programme/schemas";
import { TextAreaField } from "@/components/forms/bound-fields";
import { SecurityDialog } from "./security-dialog";
import { useSecurityForm } from "./use-security-form";

interface Target {
  id: string;
  version: number;
  title: string;
}
type Step = "in_remediation" | "fixed";
const KEYS = { in_remediation: "remediationForm", fixed: "fixedForm" } as const;

/**
 * Move a finding on: "in remediation" (the owner is working on it), or "fixed" with the evidence of
 * the fix (a retest then verifies it).
 */
export function FindingStatusDialog({ status, ...target }: Target & { status: Step }) {
  const t = useTranslations("securityProgramme");
  return (
    <SecurityDialog label={t(`${KEYS[status]}.open`)} variant="outline">
      {(close) => <FindingStatusForm {...target} status={status} onDone={close} />}
    </SecurityDialog>
  );
}

function FindingStatusForm({
  id: findingId,
  version,
  title,
  status,
  onDone,
}: Target & { status: Step; onDone: () => void }) {
  const t = useTranslations("securityProgramme");
  const id = useId();
  const keys = KEYS[status];
  const { form, formError, onSubmit, submitting } = useSecurityForm<FindingStatusValues, typeof findingStatusSchema>({
    schema: findingStatusSchema,
    defaultValues: { id: findingId, version, status, evidence: "" },
    action: changeFindingStatusAction,
    fields: ["evidence"],
    success: t(`${keys}.saved`),
    onDone,
  });
  return (
    <FormProvider {...form}>
      <FormDialog
        onSubmit={onSubmit}
        title={t(`${keys}.title`)}
        description={title}
        formError={formError}
        submitting={submitting}
      >
        <p className="text-sm text-muted-foreground">{t(`${keys}.description`)}</p>
        {status === "fixed" ? (
          <TextAreaField<FindingStatusValues>
            name="evidence"
            id={`${id}-evidence`}
            label={t("fixedForm.evidence")}
            description={t("fixedForm.evidenceHelp")}
            required
          />
        ) : null}
      </FormDialog>
    </FormProvider>
  );
}
