"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useMessage } from "@/components/users/use-message";
import type { IncidentFactsInput } from "@/lib/incidents/form-schemas";
import { registerEntryLinksQueryOptions } from "@/lib/incidents/query-options";
import { DATA_CATEGORY_KEYS, getDataCategory, type DataCategoryKey } from "@/lib/register/catalogue";
import type { RegisterEntryLinkDTO } from "@/lib/register/lookup";

/** Unselected matches shown at once; the search narrows the rest. */
const VISIBLE = 40;

const asList = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" ? value.split(/[\n,]/).map((v) => v.trim()).filter(Boolean) : [];
const fold = (text: string) => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
const isCategory = (key: string): key is DataCategoryKey => (DATA_CATEGORY_KEYS as readonly string[]).includes(key);

/**
 * The register entries an incident affects (issue 4): a searchable list of checkboxes, fed by
 * `/api/register/options`. Ticking an entry adds its data categories to the incident's (the user
 * can untick them); references no longer in the register stay listed, ticked, to be removed.
 */
export function RegisterEntriesField({ id }: { id: string }) {
  const t = useTranslations("incidents.form");
  const locale = useLocale() as "fr" | "en";
  const message = useMessage();
  const { control, getValues, setValue } = useFormContext<IncidentFactsInput>();
  const {
    field: { value, onChange, ref: focusTarget },
    fieldState,
  } = useController({ control, name: "registerRefs" });
  const [query, setQuery] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const entries = useQuery(registerEntryLinksQueryOptions());
  const selected = asList(value);
  const error = fieldState.error?.message ? message(fieldState.error.message) : undefined;

  function toggle(entry: RegisterEntryLinkDTO, checked: boolean) {
    onChange(checked ? [...selected, entry.reference] : selected.filter((r) => r !== entry.reference));
    if (!checked) return setAnnouncement("");
    const current = asList(getValues("dataCategories"));
    const added = entry.dataCategories.filter((key) => isCategory(key) && !current.includes(key));
    if (added.length > 0) setValue("dataCategories", [...current, ...added], { shouldDirty: true });
    setAnnouncement(
      added.length > 0
        ? t("registerPrefilled", { reference: entry.reference, categories: added.map((k) => getDataCategory(k as DataCategoryKey).label[locale]).join(", ") })
        : t("registerNothingAdded", { reference: entry.reference }),
    );
  }

  const all = entries.data ?? [];
  const known = new Set(all.map((e) => e.reference));
  const unknown = entries.isSuccess ? selected.filter((r) => !known.has(r)) : [];
  const needle = fold(query.trim());
  const matches = all.filter((e) => !selected.includes(e.reference) && (!needle || fold(`${e.reference} ${e.name}`).includes(needle)));
  const visible = new Set(matches.slice(0, VISIBLE));
  const shown = all.filter((e) => selected.includes(e.reference) || visible.has(e));
  const hidden = matches.length - Math.min(matches.length, VISIBLE);
  const describedBy = [`${id}-help`, error ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <fieldset className="grid gap-2" aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium">{t("registerRefs")}</legend>
      <p id={`${id}-help`} className="text-sm text-muted-foreground">{t("registerHelp")}</p>
      <Label htmlFor={`${id}-search`} className="font-normal">{t("registerSearch")}</Label>
      <Input
        id={`${id}-search`}
        ref={focusTarget}
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => event.key === "Enter" && event.preventDefault()}
        aria-controls={entries.isSuccess ? `${id}-list` : undefined}
        autoComplete="off"
      />
      <p role="status" className="text-sm text-muted-foreground">
        {t("registerSelected", { count: selected.length })}
        {announcement ? ` — ${announcement}` : ""}
      </p>
      {entries.isPending ? <p className="text-sm text-muted-foreground">{t("registerLoading")}</p> : null}
      {entries.isError ? (
        <div className="flex items-center gap-2 text-sm text-destructive">
          {t("registerLoadError")}
          <Button type="button" variant="outline" size="sm" onClick={() => void entries.refetch()}>{t("registerRetry")}</Button>
        </div>
      ) : null}
      {entries.isSuccess ? (
        <ul id={`${id}-list`} className="grid max-h-72 gap-1 overflow-y-auto rounded-md border p-2" aria-label={t("registerRefs")}>
          {unknown.map((reference) => (
            <li key={reference} className="flex items-center gap-2">
              <input type="checkbox" id={`${id}-${reference}`} className="size-4" checked onChange={() => onChange(selected.filter((r) => r !== reference))} />
              <label htmlFor={`${id}-${reference}`} className="text-sm">
                {reference} <Badge variant="destructive">{t("registerUnknown")}</Badge>
              </label>
            </li>
          ))}
          {shown.map((entry) => (
            <li key={entry.reference} className="flex items-center gap-2">
              <input type="checkbox" id={`${id}-${entry.reference}`} className="size-4" checked={selected.includes(entry.reference)} onChange={(event) => toggle(entry, event.target.checked)} />
              <label htmlFor={`${id}-${entry.reference}`} className="text-sm">
                {entry.reference} — {entry.name}
                {entry.status === "retired" ? <> <Badge variant="outline">{t("registerRetired")}</Badge></> : null}
              </label>
            </li>
          ))}
          {shown.length + unknown.length === 0 ? <li className="text-sm text-muted-foreground">{t("registerNoMatch")}</li> : null}
          {hidden > 0 ? <li className="text-sm text-muted-foreground">{t("registerMore", { count: hidden })}</li> : null}
        </ul>
      ) : null}
      {error ? <p id={`${id}-error`} className="text-sm text-destructive">{error}</p> : null}
    </fieldset>
  );
}
