"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { RegisterEntryPicker } from "@/components/register/register-entry-picker";
import type { IncidentFactsInput } from "@/lib/incidents/form/schemas";
import { prefillFromEntry } from "@/lib/incidents/register-prefill";
import { getDataCategory, type DataCategoryKey } from "@/lib/register/catalogue/catalogue";
import type { RegisterEntryLinkDTO } from "@/lib/register/lookup";

const asList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === "string"
      ? value
          .split(/[\n,]/)
          .map((v) => v.trim())
          .filter(Boolean)
      : [];

/**
 * The register entries an incident affects, with the shared register picker: ticking an entry adds
 * its data categories and its categories of data subjects to the incident's, which an Art. 33(3)(a)
 * notification states (the user can untick or delete them).
 */
export function AffectedEntriesField({ id }: { id: string }) {
  const t = useTranslations("incidents.form");
  const locale = useLocale() as "fr" | "en";
  const { getValues, setValue } = useFormContext<IncidentFactsInput>();

  function prefill(entry: RegisterEntryLinkDTO): string {
    const result = prefillFromEntry(
      {
        dataCategories: asList(getValues("dataCategories")),
        dataSubjectCategories: asList(getValues("dataSubjectCategories")),
      },
      entry,
    );
    if (result.addedCategories.length > 0) setValue("dataCategories", result.dataCategories, { shouldDirty: true });
    if (result.addedSubjects.length > 0)
      setValue("dataSubjectCategories", result.dataSubjectCategories.join("\n"), { shouldDirty: true });
    if (result.addedCategories.length === 0 && result.addedSubjects.length === 0)
      return t("registerNothingAdded", { reference: entry.reference });
    const categories = result.addedCategories.map((k) => getDataCategory(k as DataCategoryKey).label[locale]);
    return t("registerPrefilledWithSubjects", {
      reference: entry.reference,
      categories: categories.join(", ") || "—",
      subjects: result.addedSubjects.join(", ") || "—",
    });
  }

  return (
    <RegisterEntryPicker
      id={id}
      name="registerRefs"
      label={t("registerRefs")}
      help={t("registerHelpSubjects")}
      onTicked={prefill}
    />
  );
}
