"use client";

import { useFormatter } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { seriesColour } from "@/lib/charts/palette";

export type OptedInView = "count" | "rate" | "facets";
export type ChartRow = { bucket: string } & Record<string, number | string | null>;

interface Series {
  key: string;
  label: string;
}

/** One line chart: counts, or rates in % (0–100 on a fixed scale). Decorative: the table beside it carries the figures. */
function Lines({
  rows,
  series,
  isRate,
  day,
  height,
  showLegend,
  colourOffset = 0,
}: {
  rows: ChartRow[];
  series: Series[];
  isRate: boolean;
  day: (bucket: string) => string;
  height: string;
  showLegend: boolean;
  colourOffset?: number;
}) {
  const format = useFormatter();
  const value = (v: unknown) =>
    v === null || v === undefined
      ? "—"
      : isRate
        ? `${format.number(Number(v), { maximumFractionDigits: 1 })} %`
        : format.number(Number(v));
  return (
    <div className={`${height} w-full`}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} accessibilityLayer={false} margin={{ left: 12, right: 12 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="bucket" tick={{ fontSize: 12 }} minTickGap={24} tickFormatter={day} />
          <YAxis
            tick={{ fontSize: 12 }}
            domain={isRate ? [0, 100] : [0, "auto"]}
            tickFormatter={(v: number) => (isRate ? `${v} %` : format.number(v, { notation: "compact" }))}
            width={56}
          />
          <Tooltip formatter={value} labelFormatter={(v) => day(String(v))} />
          {showLegend ? <Legend /> : null}
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={seriesColour(i + colourOffset)}
              dot={false}
              strokeWidth={2}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * The opted-in series in one of three views: counts on one scale, rates (share of the subscribers
 * asked, so a small purpose does not lie flat under a large one), or one small chart per purpose
 * with its own scale.
 */
export function OptedInChart({
  view,
  rows,
  series,
  day,
}: {
  view: OptedInView;
  rows: ChartRow[];
  series: Series[];
  day: (bucket: string) => string;
}) {
  if (view !== "facets")
    return (
      <div aria-hidden="true" data-testid="opted-in-chart" data-view={view}>
        <Lines rows={rows} series={series} isRate={view === "rate"} day={day} height="h-72" showLegend />
      </div>
    );
  return (
    <div
      aria-hidden="true"
      data-testid="opted-in-chart"
      data-view={view}
      className="grid gap-4 md:grid-cols-2 xl:grid-cols-3"
    >
      {series.map((s, i) => (
        <figure key={s.key} className="grid gap-1" data-testid="opted-in-facet">
          <figcaption className="text-sm font-medium">{s.label}</figcaption>
          <Lines rows={rows} series={[s]} isRate={false} day={day} height="h-40" showLegend={false} colourOffset={i} />
        </figure>
      ))}
    </div>
  );
}
