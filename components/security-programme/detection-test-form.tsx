"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { FormDialog } from "@/components/forms/form-dialog";
import { recordDetectionTestAction } from "@/lib/security-programme/actions";
import { detectionTestSchema, type DetectionTestValues } from "@/lib/security-programme/schemas";
import { TEST_RESULTS } from "@/lib/security-programme/vocabulary";
import { SelectField, TextAreaField, TextInputField } from "@/components/forms/bound-fields";
import { SecurityDialog } from "./security-dialog";
import { useSecurityForm } from "./use-security-form";

/** Record a simulated attack / purple-team exercise on one system. */
export function DetectionTestDialog({ systemId, today }: { systemId: string; today: string }) {
  const t = useTranslations("securityProgramme");
  return (
    <SecurityDialog label={t("testForm.open")} variant="outline">
      {(close) => <DetectionTestForm systemId={systemId} today={today} onDone={close} />}
    </SecurityDialog>
  );
}

function DetectionTestForm({ systemId, today, onDone }: { systemId: string; today: string; onDone: () => void }) {
  const t = useTranslations("securityProgramme");
  const id = useId();
  const { form, formError, onSubmit, submitting } = useSecurityForm<DetectionTestValues, typeof detectionTestSchema>({
    schema: detectionTestSchema,
    defaultValues: { systemId, testedOn: today, result: "detected", scenario: "" },
    action: recordDetectionTestAction,
    fields: ["testedOn", "result", "scenario"],
    success: t("testForm.saved"),
    onDone,
  });
  return (
    <FormProvider {...form}>
      <FormDialog
        onSubmit={onSubmit}
        title={t("testForm.title")}
        description={t("testForm.description")}
        formError={formError}
        submitting={submitting}
      >
        <TextInputField<DetectionTestValues>
          name="testedOn"
          id={`${id}-day`}
          type="date"
          label={t("testForm.testedOn")}
          required
        />
        <SelectField<DetectionTestValues>
          name="result"
          id={`${id}-result`}
          label={t("testForm.result")}
          options={TEST_RESULTS.map((value) => ({ value, label: t(`testResult.${value}`) }))}
        />
        <TextAreaField<DetectionTestValues> name="scenario" id={`${id}-scenario`} label={t("testForm.scenario")} />
      </FormDialog>
    </FormProvider>
  );
}
