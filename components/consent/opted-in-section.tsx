"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";
import { purposeLabel, seriesColours } from "./labels";
import { ScrollTable } from "./scroll-table";
import { SectionCard } from "./section-card";

/** Opted-in subscribers per purpose over time: a line chart, and the same figures as a table. */
export function OptedInSection({ data }: { data: DashboardDTO }) {
  const t = useTranslations("consent.series");
  const locale = useLocale();
  const format = useFormatter();
  const keys = data.current.map((c) => c.key);
  const rows = data.optedInSeries.map((p) => ({ bucket: p.bucket, ...p.values }));
  return (
    <SectionCard id="consent-series" title={t("title")} description={t("description")}>
      <div className="h-72 w-full" aria-hidden="true" data-testid="opted-in-chart">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} accessibilityLayer={false} margin={{ left: 12, right: 12 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="bucket" tick={{ fontSize: 12 }} minTickGap={24} />
            <YAxis
              tick={{ fontSize: 12 }}
              tickFormatter={(v: number) => format.number(v, { notation: "compact" })}
              width={56}
            />
            <Tooltip formatter={(v) => format.number(Number(v))} />
            <Legend />
            {keys.map((key, i) => (
              <Line
                key={key}
                type="monotone"
                dataKey={key}
                name={purposeLabel(data.purposes, key, locale)}
                stroke={seriesColours[i % seriesColours.length]}
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ScrollTable label={t("table")}>
        <table className="w-full text-sm" data-testid="opted-in-table">
          <caption className="sr-only">{t("table")}</caption>
          <thead className="sticky top-0 bg-muted">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">
                {t("period")}
              </th>
              {keys.map((key) => (
                <th key={key} scope="col" className="px-2 py-1 text-right">
                  {purposeLabel(data.purposes, key, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.optedInSeries.map((p) => (
              <tr key={p.bucket} className="border-t">
                <th scope="row" className="px-2 py-1 text-left font-normal tabular-nums">
                  {p.bucket}
                </th>
                {keys.map((key) => (
                  <td key={key} className="px-2 py-1 text-right tabular-nums">
                    {format.number(p.values[key] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </SectionCard>
  );
}
