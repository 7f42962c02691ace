"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { recordDecisionAction } from "@/lib/incidents/actions";
import { ART34_EXCEPTIONS, recordDecisionSchema } from "@/lib/incidents/form/schemas";
import { SelectField, TextAreaField } from "@/components/forms/bound-fields";
import { useActionForm } from "@/components/forms/use-action-form";

type Values = {
  id: string;
  version: number;
  notifyAuthority: string;
  notifyAuthorityRationale: string;
  informPeople: string;
  informPeopleRationale: string;
  art34Exception: string;
};

export interface DecisionValues {
  notifyAuthority: boolean | null;
  notifyAuthorityRationale: string | null;
  informPeople: boolean | null;
  informPeopleRationale: string | null;
  art34Exception: string | null;
}

const choice = (value: boolean | null) => (value === null ? "" : String(value));

/** The DPO's decisions, each with its mandatory rationale, recorded apart from the suggestion. */
export function DecisionForm({
  incidentId,
  version,
  current,
}: {
  incidentId: string;
  version: number;
  current: DecisionValues;
}) {
  const t = useTranslations("incidents.decision");
  const id = useId();
  const { form, formError, onSubmit } = useActionForm<Values, typeof recordDecisionSchema>({
    schema: recordDecisionSchema,
    defaultValues: {
      id: incidentId,
      version,
      notifyAuthority: choice(current.notifyAuthority),
      notifyAuthorityRationale: current.notifyAuthorityRationale ?? "",
      informPeople: choice(current.informPeople),
      informPeopleRationale: current.informPeopleRationale ?? "",
      art34Exception: current.art34Exception ?? "",
    },
    action: recordDecisionAction,
    fields: ["notifyAuthority", "notifyAuthorityRationale", "informPeople", "informPeopleRationale", "art34Exception"],
    success: t("saved"),
  });
  const yesNo = [
    { value: "", label: t("choose") },
    { value: "true", label: t("yes") },
    { value: "false", label: t("no") },
  ];
  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="grid gap-3" aria-label={t("title")}>
        <ActionAlert messageKey={formError} />
        <SelectField<Values>
          name="notifyAuthority"
          id={`${id}-na`}
          label={t("notifyAuthority")}
          options={yesNo}
          required
        />
        <TextAreaField<Values> name="notifyAuthorityRationale" id={`${id}-nar`} label={t("rationale")} required />
        <SelectField<Values> name="informPeople" id={`${id}-ip`} label={t("informPeople")} options={yesNo} required />
        <TextAreaField<Values> name="informPeopleRationale" id={`${id}-ipr`} label={t("rationale")} required />
        <SelectField<Values>
          name="art34Exception"
          id={`${id}-ex`}
          label={t("art34Exception")}
          description={t("art34ExceptionHelp")}
          options={[
            { value: "", label: t("none") },
            ...ART34_EXCEPTIONS.map((e) => ({ value: e, label: t(`exceptions.${e}`) })),
          ]}
        />
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {t("submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
