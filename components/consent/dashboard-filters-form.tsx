"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { consentChannels } from "@/lib/consent/schemas";
import { granularities, type DashboardFilters, type Granularity } from "@/lib/consent/dashboard/filters";
import type { PurposeOptionDTO } from "@/lib/consent/dashboard/types";

function toggle(list: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...list, value])].sort() : list.filter((v) => v !== value);
}

/** The dashboard's filters: each change applies at once (the URL changes, the page does not reload). */
export function DashboardFiltersForm({
  filters,
  purposes,
  today,
  onChange,
}: {
  filters: DashboardFilters;
  purposes: PurposeOptionDTO[];
  today: string;
  onChange: (next: DashboardFilters) => void;
}) {
  const t = useTranslations("consent");
  const locale = useLocale();
  const id = useId();
  const setDate = (field: "from" | "to", value: string) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) onChange({ ...filters, [field]: value });
  };
  return (
    <form
      className="grid gap-4 rounded-xl border bg-card p-4"
      aria-label={t("filters.title")}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="flex flex-wrap items-end gap-4">
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-from`}>{t("filters.from")}</Label>
          <Input
            id={`${id}-from`}
            type="date"
            value={filters.from}
            max={filters.to}
            onChange={(e) => setDate("from", e.target.value)}
            className="w-44"
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-to`}>{t("filters.to")}</Label>
          <Input
            id={`${id}-to`}
            type="date"
            value={filters.to}
            min={filters.from}
            max={today}
            onChange={(e) => setDate("to", e.target.value)}
            className="w-44"
          />
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-granularity`}>{t("granularity.label")}</Label>
          <select
            id={`${id}-granularity`}
            value={filters.granularity}
            onChange={(e) => onChange({ ...filters, granularity: e.target.value as Granularity })}
            className="h-9 rounded-md border bg-background px-3 text-sm shadow-xs outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            {granularities.map((g) => (
              <option key={g} value={g}>
                {t(`granularity.${g}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t("filters.purposes")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {purposes.map((p) => (
            <label key={p.key} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={filters.purposes.includes(p.key)}
                onChange={(e) => onChange({ ...filters, purposes: toggle(filters.purposes, p.key, e.target.checked) })}
              />
              {locale === "en" ? p.labelEn : p.labelFr}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="grid gap-2">
        <legend className="text-sm font-medium">{t("filters.channels")}</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {consentChannels.map((c) => (
            <label key={c} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="size-4 accent-primary"
                checked={filters.channels.includes(c)}
                onChange={(e) => onChange({ ...filters, channels: toggle(filters.channels, c, e.target.checked) })}
              />
              {t(`channels.${c}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="text-xs text-muted-foreground">{t("filters.allHint")}</p>
    </form>
  );
}
