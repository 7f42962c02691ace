import { assertCan } from "@/lib/auth/guard";
import { addDays, type Granularity } from "@/lib/consent/dashboard/filters";
import { unsafeReadDashboard } from "@/lib/consent/dashboard/read";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";
import { isoDateInZone } from "@/lib/time/zone-days";
import type { ReportRenderer } from "../contract";
import { barChartSvg, lineChartSvg } from "../pdf/charts";
import { formatDay, formatInstant } from "../pdf/format";
import type { Translate } from "../pdf/i18n";
import { drawCover, drawToc, writePdfReport } from "../pdf/report";
import type { PdfWriter } from "../pdf/writer";

const k = (key: string) => `exportsPdf.consent.${key}`;
const SECTIONS = ["current", "optedInTitle", "flowsTitle", "versionsTitle", "spikesTitle"] as const;

/** Days per bucket so that charts stay readable: days up to a month, weeks up to a year, months beyond. */
export function granularityFor(from: string, to: string): Granularity {
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return days <= 31 ? "day" : days <= 366 ? "week" : "month";
}

type Section = (
  w: PdfWriter,
  t: Translate,
  d: DashboardDTO,
  label: (key: string) => string,
  locale: "fr" | "en",
) => void;

function table(w: PdfWriter, headers: readonly [string, number][], rows: readonly (readonly string[])[]) {
  const tbl = w.table(headers.map(([header, width]) => ({ header, width })));
  for (const row of rows) tbl.row(row);
  tbl.end();
}

const numberFormats = { fr: new Intl.NumberFormat("fr-FR"), en: new Intl.NumberFormat("en-GB") };
const number = (value: number, locale: "fr" | "en") =>
  numberFormats[locale].format(value).replace(/\u202F|\u00A0/g, " ");

const current: Section = (w, t, d, label, locale) => {
  const col = (key: string) => t(k(`currentColumns.${key}`));
  table(
    w,
    [
      [col("purpose"), 0.36],
      [col("kind"), 0.22],
      [col("optedIn"), 0.14],
      [col("asked"), 0.14],
      [col("rate"), 0.14],
    ],
    d.current.map((c) => {
      const purpose = d.purposes.find((p) => p.key === c.key)!;
      return [
        label(c.key),
        t(k(`kinds.${purpose.kind}`)),
        number(c.optedIn, locale),
        number(c.everAsked, locale),
        c.rate === null ? "—" : `${c.rate} %`,
      ];
    }),
  );
  if (d.purposes.some((p) => p.kind === "objection")) w.text(t(k("objectionNote")), { size: 8 });
};

const optedIn: Section = (w, t, d, label, locale) => {
  const keys = d.current.map((c) => c.key);
  w.svg(
    lineChartSvg(
      {
        categories: d.optedInSeries.map((s) => s.bucket),
        series: keys.map((key) => ({ name: label(key), values: d.optedInSeries.map((s) => s.values[key] ?? 0) })),
      },
      locale,
    ),
  );
  w.text(t("exportsPdf.chartData"), { bold: true, size: 9 });
  table(
    w,
    [
      [t(k("bucket")), 0.3],
      [t(k("currentColumns.purpose")), 0.45],
      [t(k("currentColumns.optedIn")), 0.25],
    ],
    d.optedInSeries.flatMap((s) => keys.map((key) => [s.bucket, label(key), number(s.values[key] ?? 0, locale)])),
  );
};

const flows: Section = (w, t, d, _label, locale) => {
  const buckets = [...new Set(d.flows.map((f) => f.bucket))];
  const channels = [...new Set(d.flows.map((f) => f.channel))].sort();
  const value = (bucket: string, channel: string, field: "grants" | "withdrawals") =>
    d.flows.find((f) => f.bucket === bucket && f.channel === channel)?.[field] ?? 0;
  for (const field of ["grants", "withdrawals"] as const) {
    w.text(t(k(field)), { bold: true, size: 9 });
    w.svg(
      barChartSvg(
        {
          categories: buckets,
          series: channels.map((channel) => ({
            name: channel,
            values: buckets.map((bucket) => value(bucket, channel, field)),
          })),
        },
        locale,
        "stacked",
      ),
    );
  }
  w.text(t("exportsPdf.chartData"), { bold: true, size: 9 });
  table(
    w,
    [
      [t(k("bucket")), 0.3],
      [t(k("channel")), 0.3],
      [t(k("grants")), 0.2],
      [t(k("withdrawals")), 0.2],
    ],
    d.flows.map((f) => [f.bucket, f.channel, number(f.grants, locale), number(f.withdrawals, locale)]),
  );
};

const versions: Section = (w, t, d, label, locale) => {
  const categories = d.versions.map((v) => `${v.key} ${v.textVersion}`);
  w.svg(
    barChartSvg(
      {
        categories,
        series: [
          { name: t(k("grants")), values: d.versions.map((v) => v.grants) },
          { name: t(k("withdrawals")), values: d.versions.map((v) => v.withdrawals) },
        ],
      },
      locale,
      "grouped",
    ),
  );
  w.text(t("exportsPdf.chartData"), { bold: true, size: 9 });
  table(
    w,
    [
      [t(k("currentColumns.purpose")), 0.4],
      [t(k("textVersion")), 0.2],
      [t(k("grants")), 0.2],
      [t(k("withdrawals")), 0.2],
    ],
    d.versions.map((v) => [label(v.key), v.textVersion, number(v.grants, locale), number(v.withdrawals, locale)]),
  );
};

const spikes: Section = (w, t, d, _label, locale) => {
  if (d.spikes.length === 0) {
    w.text(t(k("spikesNone")));
    return;
  }
  table(
    w,
    [
      [t(k("day")), 0.34],
      [t(k("withdrawals")), 0.33],
      [t(k("mean")), 0.33],
    ],
    d.spikes.map((s) => [
      formatDay(s.day),
      number(s.withdrawals, locale),
      number(Math.round(s.trailingMean * 10) / 10, locale),
    ]),
  );
};

/**
 * The consent report for a period: the dashboard's figures read from the daily rollups (opted in
 * per purpose, over time, grants and withdrawals per channel and per text version, withdrawal
 * spikes), each chart drawn server-side as SVG and followed by the table of its data.
 */
export const consentPdfRenderer: ReportRenderer = {
  kind: "consent",
  formats: ["pdf"],
  fileName: (scope, _format, now) =>
    `rapport-consentements-${scope.from ?? ""}-${scope.to ?? isoDateInZone(now)}.pdf`.replace("--", "-"),
  async render(ctx, scope, _format, out) {
    assertCan(ctx.actor, "consent:read");
    const to = scope.to ?? isoDateInZone(ctx.now, ctx.timeZone);
    const from = scope.from ?? addDays(to, -364);
    await writePdfReport(ctx, out, (t) => ({
      title: t(k("title")),
      subject: t(k("subtitle")),
      asOf: formatDay(to),
      async draw({ writer, db, org }) {
        const dashboard = await unsafeReadDashboard(db, {
          from,
          to,
          purposes: [],
          channels: [],
          granularity: granularityFor(from, to),
        });
        const label = (key: string) => {
          const purpose = dashboard.purposes.find((p) => p.key === key);
          return purpose ? `${ctx.locale === "fr" ? purpose.labelFr : purpose.labelEn} (${key})` : key;
        };
        writer.front(async () => {
          drawCover(writer, t(k("title")), t(k("subtitle")), [
            [t("exportsPdf.organisation"), org.name || "—"],
            [t("exportsPdf.dpo"), org.dpoContact || "—"],
            [t("exportsPdf.generatedAt"), `${formatInstant(ctx.now, ctx.locale, ctx.timeZone)} — ${ctx.actor.name}`],
            [t("exportsPdf.period"), t("exportsPdf.periodValue", { from: formatDay(from), to: formatDay(to) })],
          ]);
          await drawToc(
            writer,
            t,
            SECTIONS.map((key) => ({ title: t(k(key)) })),
          );
        });
        const draw: Record<(typeof SECTIONS)[number], Section> = {
          current,
          optedInTitle: optedIn,
          flowsTitle: flows,
          versionsTitle: versions,
          spikesTitle: spikes,
        };
        for (const key of SECTIONS) {
          writer.newPage();
          writer.heading(t(k(key)), 1, { toc: true });
          draw[key](writer, t, dashboard, label, ctx.locale);
          await writer.drain();
        }
      },
    }));
  },
};
