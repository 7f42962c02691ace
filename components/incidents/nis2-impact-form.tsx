"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { useActionForm } from "@/components/forms/use-action-form";
import { recordNis2ImpactAction } from "@/lib/incidents/actions";
import {
  assessNis2ImpactSchema,
  GEOGRAPHIC_SPREADS,
  nis2ImpactSchema,
  type Nis2ImpactFormInput,
} from "@/lib/incidents/form/nis2-impact-schema";
import { assessNis2Impact, type Nis2ImpactInput } from "@/lib/incidents/nis2-impact";
import { CheckboxField, SelectField, TextAreaField, TextInputField } from "@/components/forms/bound-fields";

type Values = Nis2ImpactFormInput & { id: string; version: number };
const FIELDS = [
  "usersAffected",
  "totalUsers",
  "durationMinutes",
  "geographicSpread",
  "memberStates",
  "financialLossEur",
  "annualTurnoverEur",
] as const;
const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** NIS2 Art. 23(3): the impact on the service, with the resulting assessment shown as it is typed. */
export function Nis2ImpactForm({
  incidentId,
  version,
  impact,
}: {
  incidentId: string;
  version: number;
  impact: Nis2ImpactInput | null;
}) {
  const t = useTranslations("incidents.nis2Impact");
  const id = useId();
  const { form, formError, onSubmit } = useActionForm<Values, typeof assessNis2ImpactSchema>({
    schema: assessNis2ImpactSchema,
    defaultValues: {
      id: incidentId,
      version,
      usersAffected: text(impact?.usersAffected),
      totalUsers: text(impact?.totalUsers),
      durationMinutes: text(impact?.durationMinutes),
      completeOutage: impact?.completeOutage ?? false,
      geographicSpread: impact?.geographicSpread ?? "",
      memberStates: (impact?.memberStates ?? []).join(", "),
      financialLossEur: text(impact?.financialLossEur),
      annualTurnoverEur: text(impact?.annualTurnoverEur),
      maliciousAccess: impact?.maliciousAccess ?? false,
      harmToPersons: impact?.harmToPersons ?? false,
    },
    action: recordNis2ImpactAction,
    fields: FIELDS,
    success: t("saved"),
  });
  const watched = useWatch({ control: form.control });
  const parsed = nis2ImpactSchema.safeParse(watched);
  const result = parsed.success ? assessNis2Impact(parsed.data) : null;
  const f = (name: string) => `${id}-${name}`;
  const number = (name: (typeof FIELDS)[number]) => (
    <TextInputField<Values> name={name} id={f(name)} type="number" label={t(`fields.${name}`)} />
  );
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("title")}>
        <ActionAlert messageKey={formError} />
        <p className="text-sm text-muted-foreground">{t("help")}</p>
        <div className="grid gap-3 md:grid-cols-2">
          {number("usersAffected")}
          {number("totalUsers")}
          {number("durationMinutes")}
          <CheckboxField<Values> name="completeOutage" id={f("completeOutage")} label={t("fields.completeOutage")} />
          <SelectField<Values>
            name="geographicSpread"
            id={f("geographicSpread")}
            label={t("fields.geographicSpread")}
            options={[
              { value: "", label: t("notKnown") },
              ...GEOGRAPHIC_SPREADS.map((s) => ({ value: s, label: t(`spread.${s}`) })),
            ]}
          />
          <TextAreaField<Values>
            name="memberStates"
            id={f("memberStates")}
            label={t("fields.memberStates")}
            description={t("memberStatesHelp")}
            rows={1}
          />
          {number("financialLossEur")}
          {number("annualTurnoverEur")}
        </div>
        <CheckboxField<Values> name="maliciousAccess" id={f("maliciousAccess")} label={t("fields.maliciousAccess")} />
        <CheckboxField<Values> name="harmToPersons" id={f("harmToPersons")} label={t("fields.harmToPersons")} />
        <output
          className="grid gap-1 rounded-md border p-3 text-sm"
          aria-live="polite"
          data-testid="nis2-impact-result"
        >
          {result ? <span>{t(`level.${result.level}`)}</span> : <span>{t("incomplete")}</span>}
        </output>
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
