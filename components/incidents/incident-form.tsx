"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { toast } from "sonner";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { ActionAlert } from "@/components/forms/action-alert";
import { useServerErrors } from "@/components/forms/use-server-errors";
import { createIncidentAction, updateIncidentFactsAction } from "@/lib/incidents/actions";
import {
  INCIDENT_CATEGORIES,
  INCIDENT_CAUSES,
  incidentFactsSchema,
  type IncidentFactsInput,
} from "@/lib/incidents/form/schemas";
import { DATA_CATEGORIES } from "@/lib/register/catalogue/catalogue";
import {
  CheckboxField,
  CheckboxGroupField,
  SelectField,
  TextAreaField,
  TextInputField,
} from "@/components/forms/bound-fields";
import { AffectedEntriesField } from "./affected-entries-field";

const FIELDS = [
  "title",
  "description",
  "occurredFrom",
  "occurredTo",
  "detectedAt",
  "awareAt",
  "awarenessReason",
  "nis2AwareAt",
  "nis2AwarenessReason",
  "personalData",
  "telecomService",
  "categories",
  "cause",
  "systems",
  "registerRefs",
  "dataCategories",
  "dataSubjectCategories",
  "crossBorder",
  "peopleCount",
  "recordsCount",
  "unintelligibleEvidence",
  "publicCommunicationPublishedAt",
  "publicCommunicationPublishedIn",
  "consequences",
  "remedialMeasures",
] as const;

const EMPTY: IncidentFactsInput = {
  title: "",
  description: "",
  detectedAt: "",
  awareAt: "",
  awarenessReason: "",
  nis2AwareAt: "",
  nis2AwarenessReason: "",
  categories: [],
  cause: "",
  systems: "",
  registerRefs: [],
  dataCategories: [],
  dataSubjectCategories: "",
  crossBorder: "",
  peopleCount: "",
  recordsCount: "",
  // Unknown until someone says: the obligations apply provisionally (issue 14).
  personalData: "",
  telecomService: "",
  nis2Significant: false,
  dataUnintelligible: false,
  occurrenceEstimated: false,
  unintelligibleEvidence: "",
  publicCommunicationPublishedAt: "",
  publicCommunicationPublishedIn: "",
  consequences: "",
  remedialMeasures: "",
};

/**
 * Open an incident by hand, or correct the facts of one (`existing`, with the version read):
 * every fact the clocks and drafts read, instants on the Paris wall clock.
 */
export function IncidentForm({
  existing,
}: {
  existing?: { id: string; version: number; reference: string; values: IncidentFactsInput };
}) {
  const t = useTranslations("incidents.form");
  const ti = useTranslations("incidents");
  const locale = useLocale() as "fr" | "en";
  const router = useRouter();
  const id = useId();
  const form = useForm<IncidentFactsInput, unknown, z.output<typeof incidentFactsSchema>>({
    resolver: zodResolver(incidentFactsSchema),
    defaultValues: existing?.values ?? EMPTY,
  });
  const { formError, clearFormError, showFailure } = useServerErrors(form.setError, FIELDS);

  const onSubmit = form.handleSubmit(async () => {
    clearFormError();
    const result = existing
      ? await updateIncidentFactsAction({ ...form.getValues(), id: existing.id, version: existing.version })
      : await createIncidentAction(form.getValues());
    if (!result.ok) {
      if (result.code === "CONFLICT") router.refresh();
      // The unknown references are shown by the picker itself (ticked, "not in the register").
      const { unknownRegisterRefs: _unknown, ...fieldErrors } = result.fieldErrors ?? {};
      return showFailure({ ...result, fieldErrors });
    }
    toast.success(existing ? t("updated") : t("created", { reference: result.data.reference }));
    router.push(`/incidents/${result.data.reference}`);
    router.refresh();
  });

  const f = (name: string) => `${id}-${name}`;
  const yesNoUnknown = [
    { value: "", label: t("unknown") },
    { value: "true", label: ti("detail.yes") },
    { value: "false", label: ti("detail.no") },
  ];
  return (
    <FormProvider {...form}>
      <form
        onSubmit={onSubmit}
        noValidate
        className="grid max-w-4xl gap-6"
        aria-label={existing ? t("editTitle", { reference: existing.reference }) : t("title")}
      >
        <ActionAlert messageKey={formError} />
        <section className="grid gap-4">
          <h2 className="text-lg font-semibold">{t("sections.what")}</h2>
          <TextInputField name="title" id={f("title")} label={t("title_")} required />
          <TextAreaField name="description" id={f("description")} label={t("description")} rows={4} />
          <CheckboxGroupField
            name="categories"
            id={f("categories")}
            label={t("categories")}
            options={INCIDENT_CATEGORIES.map((c) => ({ value: c, label: ti(`categories.${c}`) }))}
          />
          <SelectField
            name="cause"
            id={f("cause")}
            label={t("cause")}
            options={[
              { value: "", label: t("notKnown") },
              ...INCIDENT_CAUSES.map((c) => ({ value: c, label: ti(`causes.${c}`) })),
            ]}
          />
        </section>
        <section className="grid gap-4 md:grid-cols-2">
          <h2 className="text-lg font-semibold md:col-span-2">{t("sections.when")}</h2>
          <TextInputField name="occurredFrom" id={f("occurredFrom")} type="datetime-local" label={t("occurredFrom")} />
          <TextInputField name="occurredTo" id={f("occurredTo")} type="datetime-local" label={t("occurredTo")} />
          <div className="md:col-span-2">
            <CheckboxField name="occurrenceEstimated" id={f("estimated")} label={t("occurrenceEstimated")} />
          </div>
          <TextInputField
            name="detectedAt"
            id={f("detectedAt")}
            type="datetime-local"
            label={t("detectedAt")}
            description={t("detectedAtHelp")}
            required
          />
          <TextInputField
            name="awareAt"
            id={f("awareAt")}
            type="datetime-local"
            label={t("awareAt")}
            description={t("awareAtHelp")}
          />
          <div className="md:col-span-2">
            <TextAreaField
              name="awarenessReason"
              id={f("awarenessReason")}
              label={t("awarenessReason")}
              description={t("awarenessReasonHelp")}
            />
          </div>
          <TextInputField
            name="nis2AwareAt"
            id={f("nis2AwareAt")}
            type="datetime-local"
            label={t("nis2AwareAt")}
            description={t("nis2AwareAtHelp")}
          />
          <TextAreaField name="nis2AwarenessReason" id={f("nis2AwarenessReason")} label={t("nis2AwarenessReason")} />
        </section>
        <section className="grid gap-4 md:grid-cols-2">
          <h2 className="text-lg font-semibold md:col-span-2">{t("sections.scope")}</h2>
          <div className="md:col-span-2">
            <TextAreaField name="systems" id={f("systems")} label={t("systems")} description={t("listHelp")} />
          </div>
          <div className="md:col-span-2">
            <AffectedEntriesField id={f("registerRefs")} />
          </div>
          <div className="md:col-span-2">
            <CheckboxGroupField
              name="dataCategories"
              id={f("dataCategories")}
              label={t("dataCategories")}
              columns={3}
              options={DATA_CATEGORIES.map((c) => ({ value: c.key, label: c.label[locale] }))}
            />
          </div>
          <TextAreaField
            name="dataSubjectCategories"
            id={f("dataSubjectCategories")}
            label={t("dataSubjectCategories")}
            description={t("dataSubjectCategoriesHelp")}
          />
          <TextAreaField
            name="crossBorder"
            id={f("crossBorder")}
            label={t("crossBorder")}
            description={t("crossBorderHelp")}
          />
          <TextInputField name="peopleCount" id={f("peopleCount")} type="number" label={t("peopleCount")} />
          <TextInputField name="recordsCount" id={f("recordsCount")} type="number" label={t("recordsCount")} />
          <TextAreaField name="consequences" id={f("consequences")} label={t("consequences")} />
          <TextAreaField name="remedialMeasures" id={f("remedialMeasures")} label={t("remedialMeasures")} />
        </section>
        <section className="grid gap-3">
          <h2 className="text-lg font-semibold">{t("sections.regimes")}</h2>
          <SelectField name="personalData" id={f("personalData")} label={t("personalData")} options={yesNoUnknown} />
          <SelectField
            name="telecomService"
            id={f("telecomService")}
            label={t("telecomService")}
            description={t("telecomServiceHelp")}
            options={yesNoUnknown}
          />
          <CheckboxField
            name="nis2Significant"
            id={f("nis2Significant")}
            label={t("nis2Significant")}
            description={t("nis2SignificantHelp")}
          />
          <CheckboxField name="dataUnintelligible" id={f("dataUnintelligible")} label={t("dataUnintelligible")} />
          <TextAreaField name="unintelligibleEvidence" id={f("evidence")} label={t("unintelligibleEvidence")} />
        </section>
        {existing ? (
          <section className="grid gap-3 md:grid-cols-2" aria-describedby={f("publicHelp")}>
            <h2 className="text-lg font-semibold md:col-span-2">{t("publicCommunication")}</h2>
            <p id={f("publicHelp")} className="text-sm text-muted-foreground md:col-span-2">
              {t("publicCommunicationHelp")}
            </p>
            <TextInputField
              name="publicCommunicationPublishedAt"
              id={f("publishedAt")}
              type="datetime-local"
              label={t("publicCommunicationPublishedAt")}
            />
            <TextInputField
              name="publicCommunicationPublishedIn"
              id={f("publishedIn")}
              label={t("publicCommunicationPublishedIn")}
            />
          </section>
        ) : null}
        <div>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t("saving") : existing ? t("save") : t("submit")}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
