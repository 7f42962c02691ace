"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider, useWatch } from "react-hook-form";
import { FormDialog } from "@/components/forms/form-dialog";
import { createProviderAction } from "@/lib/security-programme/actions";
import { providerSchema, type ProviderValues } from "@/lib/security-programme/schemas";
import { AUDIT_KINDS, PROVIDER_KINDS } from "@/lib/security-programme/vocabulary";
import { CheckboxGroupField, SelectField, TextInputField } from "@/components/forms/bound-fields";
import { labelOf } from "./labels";
import { SecurityDialog } from "./security-dialog";
import { useSecurityForm } from "./use-security-form";

type Values = { name: string; kind: string; passiScopes: string[]; validFrom: string; validUntil: string };

export function AddProviderDialog() {
  const t = useTranslations("securityProgramme");
  return (
    <SecurityDialog label={t("providerForm.open")} variant="outline">
      {(close) => <ProviderForm onDone={close} />}
    </SecurityDialog>
  );
}

function ProviderForm({ onDone }: { onDone: () => void }) {
  const t = useTranslations("securityProgramme");
  const label = labelOf(t);
  const id = useId();
  const { form, formError, onSubmit, submitting } = useSecurityForm<Values, typeof providerSchema>({
    schema: providerSchema,
    defaultValues: { name: "", kind: "passi", passiScopes: [], validFrom: "", validUntil: "" },
    action: (values) => createProviderAction(values as ProviderValues),
    fields: ["name", "kind", "passiScopes", "validFrom", "validUntil"],
    success: t("providerForm.saved"),
    onDone,
  });
  const kind = useWatch({ control: form.control, name: "kind" });
  return (
    <FormProvider {...form}>
      <FormDialog
        onSubmit={onSubmit}
        title={t("providerForm.title")}
        description={t("providerForm.description")}
        formError={formError}
        submitting={submitting}
      >
        <TextInputField<Values> name="name" id={`${id}-name`} label={t("providerForm.name")} required />
        <SelectField<Values>
          name="kind"
          id={`${id}-kind`}
          label={t("providerForm.kind")}
          options={PROVIDER_KINDS.map((value) => ({ value, label: label(`providerKind.${value}`) }))}
        />
        {kind === "passi" ? (
          <>
            <CheckboxGroupField<Values>
              name="passiScopes"
              id={`${id}-scopes`}
              label={t("providerForm.scopes")}
              options={AUDIT_KINDS.map((value) => ({ value, label: label(`auditKind.${value}`) }))}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextInputField<Values>
                name="validFrom"
                id={`${id}-from`}
                type="date"
                label={t("providerForm.validFrom")}
                required
              />
              <TextInputField<Values>
                name="validUntil"
                id={`${id}-until`}
                type="date"
                label={t("providerForm.validUntil")}
                required
              />
            </div>
          </>
        ) : null}
      </FormDialog>
    </FormProvider>
  );
}
