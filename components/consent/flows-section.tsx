"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { consentChannels } from "@/lib/consent/schemas";
import { formatBucket } from "@/lib/consent/dashboard/bucket-label";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";
import { toLocale } from "@/lib/i18n/locale";
import { seriesColour } from "@/lib/charts/palette";
import { ScrollTable } from "./scroll-table";
import { SectionCard } from "./section-card";

type Metric = "grants" | "refusals" | "withdrawals";
const METRICS: readonly Metric[] = ["grants", "refusals", "withdrawals"];

function pivot(data: DashboardDTO, metric: Metric) {
  const byBucket = new Map<string, Record<string, number | string>>();
  for (const f of data.flows) {
    const row = byBucket.get(f.bucket) ?? { bucket: f.bucket };
    row[f.channel] = f[metric];
    byBucket.set(f.bucket, row);
  }
  return [...byBucket.values()];
}

/** The largest stacked bar of any metric: every chart shares this scale, so grants and withdrawals compare by eye. */
function sharedMaximum(data: DashboardDTO): number {
  const totals = new Map<string, number>();
  for (const f of data.flows)
    for (const metric of METRICS)
      totals.set(`${metric}|${f.bucket}`, (totals.get(`${metric}|${f.bucket}`) ?? 0) + f[metric]);
  return Math.max(1, ...totals.values());
}

function FlowChart({
  data,
  metric,
  channels,
  maximum,
}: {
  data: DashboardDTO;
  metric: Metric;
  channels: readonly string[];
  maximum: number;
}) {
  const t = useTranslations("consent");
  const format = useFormatter();
  const locale = toLocale(useLocale());
  const day = (bucket: string) => formatBucket(bucket, data.filters.granularity, locale);
  return (
    <figure className="grid gap-2">
      <figcaption className="text-sm font-medium">{t(`flows.${metric}`)}</figcaption>
      <div className="h-64 w-full" aria-hidden="true" data-testid={`${metric}-chart`}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={pivot(data, metric)} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="bucket" tick={{ fontSize: 12 }} minTickGap={24} tickFormatter={day} />
            <YAxis
              domain={[0, maximum]}
              allowDataOverflow={false}
              tick={{ fontSize: 12 }}
              tickFormatter={(v: number) => format.number(v, { notation: "compact" })}
              width={56}
            />
            <Tooltip formatter={(v) => format.number(Number(v))} labelFormatter={(v) => day(String(v))} />
            <Legend />
            {channels.map((c) => (
              <Bar
                key={c}
                dataKey={c}
                name={t(`channels.${c}`)}
                stackId={metric}
                fill={seriesColour(consentChannels.indexOf(c as (typeof consentChannels)[number]))}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Grants, first refusals and effective withdrawals per period, stacked by channel on one scale, with the table alternative. */
export function FlowsSection({ data }: { data: DashboardDTO }) {
  const t = useTranslations("consent");
  const format = useFormatter();
  const locale = toLocale(useLocale());
  const channels = consentChannels.filter((c) => data.flows.some((f) => f.channel === c));
  const maximum = sharedMaximum(data);
  return (
    <SectionCard id="consent-flows" title={t("flows.title")} description={t("flows.description")}>
      <div className="grid min-w-0 gap-6 xl:grid-cols-3">
        {METRICS.map((metric) => (
          <FlowChart key={metric} data={data} metric={metric} channels={channels} maximum={maximum} />
        ))}
      </div>
      <ScrollTable label={t("flows.table")}>
        <table data-slot="figures-table" data-testid="flows-table">
          <caption className="sr-only">{t("flows.table")}</caption>
          <thead className="sticky top-0 bg-muted">
            <tr>
              <th scope="col" className="text-left">
                {t("series.period")}
              </th>
              <th scope="col" className="text-left">
                {t("flows.channel")}
              </th>
              <th scope="col">{t("flows.grants")}</th>
              <th scope="col">{t("flows.refusals")}</th>
              <th scope="col">{t("flows.withdrawals")}</th>
            </tr>
          </thead>
          <tbody>
            {data.flows.map((f) => (
              <tr key={`${f.bucket}-${f.channel}`}>
                <th scope="row">{formatBucket(f.bucket, data.filters.granularity, locale)}</th>
                <td className="text-left">{t(`channels.${f.channel}`)}</td>
                <td>{format.number(f.grants)}</td>
                <td>{format.number(f.refusals)}</td>
                <td>{format.number(f.withdrawals)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </SectionCard>
  );
}
