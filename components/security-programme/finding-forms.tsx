"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { FormDialog } from "@/components/forms/form-dialog";
import { acceptRiskAction, verifyFindingAction } from "@/lib/security-programme/actions";
import {
  acceptRiskSchema,
  verifyFindingSchema,
  type AcceptRiskValues,
  type VerifyFindingValues,
} from "@/lib/security-programme/schemas";
import { TextAreaField, TextInputField } from "@/components/forms/bound-fields";
import { SecurityDialog } from "./security-dialog";
import { useSecurityForm } from "./use-security-form";

interface Target {
  id: string;
  version: number;
  title: string;
  today: string;
}

/** Close a finding with a retest (its day and the evidence of the fix). */
export function RetestDialog(target: Target & { canAcceptRisk?: boolean }) {
  const t = useTranslations("securityProgramme");
  return (
    <SecurityDialog label={t("retestForm.open")} variant="outline">
      {(close) => <RetestForm {...target} onDone={close} />}
    </SecurityDialog>
  );
}

function RetestForm({ id: findingId, version, title, today, onDone }: Target & { onDone: () => void }) {
  const t = useTranslations("securityProgramme");
  const id = useId();
  const { form, formError, onSubmit, submitting } = useSecurityForm<VerifyFindingValues, typeof verifyFindingSchema>({
    schema: verifyFindingSchema,
    defaultValues: { id: findingId, version, retestOn: today, evidence: "" },
    action: verifyFindingAction,
    fields: ["retestOn", "evidence"],
    success: t("retestForm.saved"),
    onDone,
  });
  return (
    <FormProvider {...form}>
      <FormDialog
        onSubmit={onSubmit}
        title={t("retestForm.title")}
        description={title}
        formError={formError}
        submitting={submitting}
      >
        <p className="text-sm text-muted-foreground">{t("retestForm.description")}</p>
        <TextInputField<VerifyFindingValues>
          name="retestOn"
          id={`${id}-day`}
          type="date"
          label={t("retestForm.retestOn")}
          required
        />
        <TextAreaField<VerifyFindingValues>
          name="evidence"
          id={`${id}-evidence`}
          label={t("retestForm.evidence")}
          required
        />
      </FormDialog>
    </FormProvider>
  );
}

/** Accept the risk with its rationale until an expiry day. */
export function AcceptRiskDialog(target: Target) {
  const t = useTranslations("securityProgramme");
  return (
    <SecurityDialog label={t("acceptForm.open")} variant="outline">
      {(close) => <AcceptRiskForm {...target} onDone={close} />}
    </SecurityDialog>
  );
}

function AcceptRiskForm({ id: findingId, version, title, onDone }: Target & { onDone: () => void }) {
  const t = useTranslations("securityProgramme");
  const id = useId();
  const { form, formError, onSubmit, submitting } = useSecurityForm<AcceptRiskValues, typeof acceptRiskSchema>({
    schema: acceptRiskSchema,
    defaultValues: { id: findingId, version, rationale: "", until: "" },
    action: acceptRiskAction,
    fields: ["rationale", "until"],
    success: t("acceptForm.saved"),
    onDone,
  });
  return (
    <FormProvider {...form}>
      <FormDialog
        onSubmit={onSubmit}
        title={t("acceptForm.title")}
        description={title}
        formError={formError}
        submitting={submitting}
      >
        <p className="text-sm text-muted-foreground">{t("acceptForm.description")}</p>
        <TextAreaField<AcceptRiskValues>
          name="rationale"
          id={`${id}-rationale`}
          label={t("acceptForm.rationale")}
          required
        />
        <TextInputField<AcceptRiskValues>
          name="until"
          id={`${id}-until`}
          type="date"
          label={t("acceptForm.until")}
          required
        />
      </FormDialog>
    </FormProvider>
  );
}
