"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useMessage } from "@/components/forms/use-message";
import type { RegisterEntryLinkDTO } from "@/lib/register/lookup";
import { registerEntryLinksQueryOptions } from "@/lib/register/query-options";

/** Unselected matches shown at once; the search narrows the rest. */
const VISIBLE = 40;

const asList = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map(String)
    : typeof value === "string"
      ? value
          .split(/[\n,;\s]/)
          .map((v) => v.trim())
          .filter(Boolean)
      : [];
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export interface RegisterEntryPickerProps {
  id: string;
  /** The form field holding the references (an array of `TRT-` references). */
  name: string;
  label: string;
  help: string;
  /** Called when an entry is ticked; what it returns is announced (e.g. data categories pre-filled). */
  onTicked?: (entry: RegisterEntryLinkDTO) => string;
  /** Marks the entries with a purpose on this lawful basis (a consent purpose needs `consent`, an objection purpose `legitimate_interests`). */
  markBasis?: MarkedBasis;
}

type MarkedBasis = "consent" | "legitimate_interests";
const basisBadge = {
  consent: "consentBasis",
  legitimate_interests: "legitimateInterestsBasis",
} as const satisfies Record<MarkedBasis, string>;

/**
 * Register entries linked from another domain (incidents, consent purposes): a searchable list of
 * checkboxes fed by `/api/register/options`; references no longer in the register stay listed,
 * ticked, to be removed. Needs a react-hook-form `FormProvider` around it.
 */
export function RegisterEntryPicker({ id, name, label, help, onTicked, markBasis }: RegisterEntryPickerProps) {
  const t = useTranslations("register.picker");
  const message = useMessage();
  const { control } = useFormContext();
  const {
    field: { value, onChange, ref: focusTarget },
    fieldState,
  } = useController({ control, name });
  const [query, setQuery] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const entries = useQuery(registerEntryLinksQueryOptions());
  const selected = asList(value);
  const error = fieldState.error?.message ? message(fieldState.error.message) : undefined;

  function toggle(entry: RegisterEntryLinkDTO, checked: boolean) {
    onChange(checked ? [...selected, entry.reference] : selected.filter((r) => r !== entry.reference));
    setAnnouncement(checked && onTicked ? onTicked(entry) : "");
  }

  const all = entries.data ?? [];
  const known = new Set(all.map((e) => e.reference));
  const unknown = entries.isSuccess ? selected.filter((r) => !known.has(r)) : [];
  const needle = fold(query.trim());
  const matches = all.filter(
    (e) => !selected.includes(e.reference) && (!needle || fold(`${e.reference} ${e.name}`).includes(needle)),
  );
  const visible = new Set(matches.slice(0, VISIBLE));
  const shown = all.filter((e) => selected.includes(e.reference) || visible.has(e));
  const hidden = matches.length - Math.min(matches.length, VISIBLE);
  const describedBy = [`${id}-help`, error ? `${id}-error` : null].filter(Boolean).join(" ");

  return (
    <fieldset className="grid gap-2" aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium">{label}</legend>
      <p id={`${id}-help`} className="text-sm text-muted-foreground">
        {help}
      </p>
      <Label htmlFor={`${id}-search`} className="font-normal">
        {t("search")}
      </Label>
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
        {t("selected", { count: selected.length })}
        {announcement ? ` — ${announcement}` : ""}
      </p>
      {entries.isPending ? <p className="text-sm text-muted-foreground">{t("loading")}</p> : null}
      {entries.isError ? (
        <div className="flex items-center gap-2 text-sm text-destructive">
          {t("loadError")}
          <Button type="button" variant="outline" size="sm" onClick={() => void entries.refetch()}>
            {t("retry")}
          </Button>
        </div>
      ) : null}
      {entries.isSuccess ? (
        <ul id={`${id}-list`} className="grid max-h-72 gap-1 overflow-y-auto rounded-md border p-2" aria-label={label}>
          {unknown.map((reference) => (
            <li key={reference} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`${id}-${reference}`}
                className="size-4"
                checked
                onChange={() => onChange(selected.filter((r) => r !== reference))}
              />
              <label htmlFor={`${id}-${reference}`} className="text-sm">
                {reference} <Badge variant="destructive">{t("unknown")}</Badge>
              </label>
            </li>
          ))}
          {shown.map((entry) => (
            <li key={entry.reference} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`${id}-${entry.reference}`}
                className="size-4"
                checked={selected.includes(entry.reference)}
                onChange={(event) => toggle(entry, event.target.checked)}
              />
              <label htmlFor={`${id}-${entry.reference}`} className="text-sm">
                {entry.reference} — {entry.name}
                {markBasis && entry.legalBases.includes(markBasis) ? (
                  <>
                    {" "}
                    <Badge variant="secondary">{t(basisBadge[markBasis])}</Badge>
                  </>
                ) : null}
                {entry.status === "retired" ? (
                  <>
                    {" "}
                    <Badge variant="outline">{t("retired")}</Badge>
                  </>
                ) : null}
              </label>
            </li>
          ))}
          {shown.length + unknown.length === 0 ? (
            <li className="text-sm text-muted-foreground">{t("noMatch")}</li>
          ) : null}
          {hidden > 0 ? <li className="text-sm text-muted-foreground">{t("more", { count: hidden })}</li> : null}
        </ul>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
