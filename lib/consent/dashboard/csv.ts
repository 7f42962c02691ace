import { csvDocument } from "@/lib/exports/csv";
import type { DashboardDTO } from "./types";
import { objectionPurposeKeys } from "../purposes/kinds";

/**
 * Exactly the figures the dashboard shows, as CSV: one section per block, each
 * row tagged with its section, built from the same data the page renders. For an
 * objection purpose (opt-out) the count is named as the page reads it: not objecting.
 * Written by the one CSV writer (`lib/exports/csv.ts`): UTF-8 BOM, CRLF, and every text cell a
 * spreadsheet would run as a formula (a text version `=HYPERLINK(…)`) neutralised.
 */
/** Grants that opt in, first refusals, effective withdrawals (issue 15.5). */
const ANSWER_METRICS = ["grants", "refusals", "withdrawals"] as const;

export function dashboardCsv(data: DashboardDTO): string {
  const { filters } = data;
  const objections = objectionPurposeKeys(data.purposes);
  const countOf = (key: string) => (objections.has(key) ? "not_objecting" : "opted_in");
  const rows: (string | number)[][] = [["section", "purpose", "period", "channel", "text_version", "metric", "value"]];
  const scope = `${filters.from}..${filters.to}`;
  for (const c of data.current) {
    rows.push(["current", c.key, filters.to, "all", "", countOf(c.key), c.optedIn]);
    rows.push(["current", c.key, filters.to, "all", "", "ever_asked", c.everAsked]);
    rows.push(["current", c.key, filters.to, "all", "", "rate_percent", c.rate ?? ""]);
  }
  for (const point of data.optedInSeries) {
    for (const c of data.current)
      rows.push([
        "opted_in_over_time",
        c.key,
        point.bucket,
        "all",
        "",
        `${countOf(c.key)}_end_of_${filters.granularity}`,
        point.values[c.key] ?? 0,
      ]);
  }
  for (const f of data.flows) {
    for (const metric of ANSWER_METRICS)
      rows.push(["flows", filters.purposes.join("+") || "all", f.bucket, f.channel, "", metric, f[metric]]);
  }
  for (const s of data.spikes) {
    rows.push([
      "withdrawal_spike",
      filters.purposes.join("+") || "all",
      s.day,
      filters.channels.join("+") || "all",
      "",
      "withdrawals",
      s.withdrawals,
    ]);
    rows.push([
      "withdrawal_spike",
      filters.purposes.join("+") || "all",
      s.day,
      filters.channels.join("+") || "all",
      "",
      "trailing_mean",
      s.trailingMean,
    ]);
    for (const driver of s.drivers)
      rows.push(["withdrawal_spike_driver", driver.key, s.day, driver.channel, "", "withdrawals", driver.withdrawals]);
  }
  for (const v of data.versions) {
    for (const metric of ANSWER_METRICS)
      rows.push(["text_version", v.key, scope, filters.channels.join("+") || "all", v.textVersion, metric, v[metric]]);
  }
  return csvDocument(rows);
}
