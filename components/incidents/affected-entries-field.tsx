"use client";

import { useLocale, useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { RegisterEntryPicker } from "@/components/register/register-entry-picker";
import type { IncidentFactsInput } from "@/lib/incidents/form/schemas";
import { DATA_CATEGORY_KEYS, getDataCategory, type DataCategoryKey } from "@/lib/register/catalogue/catalogue";
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
const isCategory = (key: string): key is DataCategoryKey => (DATA_CATEGORY_KEYS as readonly string[]).includes(key);

/**
 * The register entries an incident affects, with the shared register picker: ticking an entry adds
 * its data categories to the incident's, which an Art. 33(3)(a) notification states (the user can untick them).
 */
export function AffectedEntriesField({ id }: { id: string }) {
  const t = useTranslations("incidents.form");
  const locale = useLocale() as "fr" | "en";
  const { getValues, setValue } = useFormContext<IncidentFactsInput>();

  function prefill(entry: RegisterEntryLinkDTO): string {
    const current = asList(getValues("dataCategories"));
    const added = entry.dataCategories.filter((key) => isCategory(key) && !current.includes(key));
    if (added.length > 0) setValue("dataCategories", [...current, ...added], { shouldDirty: true });
    return added.length > 0
      ? t("registerPrefilled", {
          reference: entry.reference,
          categories: added.map((k) => getDataCategory(k as DataCategoryKey).label[locale]).join(", "),
        })
      : t("registerNothingAdded", { reference: entry.reference });
  }

  return (
    <RegisterEntryPicker
      id={id}
      name="registerRefs"
      label={t("registerRefs")}
      help={t("registerHelp")}
      onTicked={prefill}
    />
  );
}
