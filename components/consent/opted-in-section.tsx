"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { formatBucket } from "@/lib/consent/dashboard/bucket-label";
import { optedInRates } from "@/lib/consent/dashboard/rates";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";
import { toLocale } from "@/lib/i18n/locale";
import { purposeLabel } from "./labels";
import { OptedInChart, type ChartRow, type OptedInView } from "./opted-in-chart";
import { ScrollTable } from "./scroll-table";
import { SectionCard } from "./section-card";

const VIEWS: readonly OptedInView[] = ["count", "rate", "facets"];

/** Opted-in subscribers per purpose over time, as counts, rates or one chart per purpose; the same figures as a table. */
export function OptedInSection({ data }: { data: DashboardDTO }) {
  const t = useTranslations("consent.series");
  const locale = toLocale(useLocale());
  const format = useFormatter();
  const [view, setView] = useState<OptedInView>("count");
  const day = (bucket: string) => formatBucket(bucket, data.filters.granularity, locale);
  const series = data.current.map((c) => ({ key: c.key, label: purposeLabel(data.purposes, c.key, locale) }));
  const isRate = view === "rate";
  const points = isRate ? optedInRates(data.optedInSeries, data.askedSeries) : data.optedInSeries;
  const rows: ChartRow[] = points.map((p) => ({ bucket: p.bucket, ...p.values }));
  const cell = (value: number | null | undefined) =>
    value === null || value === undefined
      ? "—"
      : isRate
        ? `${format.number(value, { maximumFractionDigits: 1 })} %`
        : format.number(value);
  return (
    <SectionCard id="consent-series" title={t("title")} description={t(`descriptions.${view}`)}>
      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <legend className="sr-only">{t("view")}</legend>
        {VIEWS.map((option) => (
          <label key={option} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name="opted-in-view"
              value={option}
              checked={view === option}
              onChange={() => setView(option)}
              className="size-4 accent-primary"
            />
            {t(`views.${option}`)}
          </label>
        ))}
      </fieldset>
      <OptedInChart view={view} rows={rows} series={series} day={day} />
      <ScrollTable label={t(isRate ? "tableRate" : "table")}>
        <table data-slot="figures-table" data-testid="opted-in-table">
          <caption className="sr-only">{t(isRate ? "tableRate" : "table")}</caption>
          <thead className="sticky top-0 bg-muted">
            <tr>
              <th scope="col" className="text-left">
                {t("period")}
              </th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.bucket}>
                <th scope="row">{day(p.bucket)}</th>
                {series.map((s) => (
                  <td key={s.key}>{cell(p.values[s.key] ?? (isRate ? null : 0))}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </SectionCard>
  );
}
