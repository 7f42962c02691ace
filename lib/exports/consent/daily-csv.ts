import type { Writable } from "node:stream";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import { isoDateInZone } from "@/lib/time/zone-days";
import type { ExportContext, ExportScope } from "../contract";
import { CSV_BOM, csvLine } from "../csv";
import { writeText } from "../stream-text";
import { tabularRenderer } from "../tabular-renderer";

/**
 * The consent figures of each day of the period per purpose, channel and text version, read from
 * the daily rollups (never from raw events) a page at a time (keyset on day, purpose, channel,
 * text version). For an objection purpose (opt-out) `grants` lift an objection and `withdrawals`
 * are objections, as on the dashboard; `purpose_kind` says which.
 */
export const CONSENT_DAILY_HEADER = [
  "day",
  "purpose",
  "purpose_kind",
  "channel",
  "text_version",
  "grants",
  "withdrawals",
  "net_opted_in",
  "first_asked",
] as const;

export interface ConsentDailyRow {
  day: string;
  purpose: string;
  purpose_kind: string;
  channel: string;
  text_version: string;
  grants: number;
  withdrawals: number;
  net_opted_in: number;
  first_asked: number;
}

export const CONSENT_PAGE_SIZE = 5_000;

export async function readConsentDaily(
  db: Executor,
  period: { from?: string | null; to?: string | null },
  after: ConsentDailyRow | null,
  limit: number,
): Promise<ConsentDailyRow[]> {
  const conditions: SQL[] = [sql`true`];
  if (period.from) conditions.push(sql`d.day >= ${period.from}::date`);
  if (period.to) conditions.push(sql`d.day <= ${period.to}::date`);
  if (after)
    conditions.push(
      sql`(d.day, p.key collate "C", d.channel collate "C", d.text_version collate "C") > (${after.day}::date, ${after.purpose}::text collate "C", ${after.channel}::text collate "C", ${after.text_version}::text collate "C")`,
    );
  const result = await db.execute(sql`
    select d.day::text as day, p.key as purpose, p.kind as purpose_kind, d.channel, d.text_version, d.grants, d.withdrawals, d.net_opted_in, d.first_asked
    from consent_daily d join consent_purposes p on p.id = d.purpose_id
    where ${sql.join(conditions, sql` and `)}
    order by d.day, p.key collate "C", d.channel collate "C", d.text_version collate "C"
    limit ${limit}`);
  return rowsOf<ConsentDailyRow>(result).map((row) => ({
    ...row,
    grants: Number(row.grants),
    withdrawals: Number(row.withdrawals),
    net_opted_in: Number(row.net_opted_in),
    first_asked: Number(row.first_asked),
  }));
}

/** Writes the CSV a page at a time (`pageSize` rows per read). */
export async function renderConsentDailyCsv(
  ctx: ExportContext,
  scope: ExportScope,
  out: Writable,
  pageSize = CONSENT_PAGE_SIZE,
): Promise<void> {
  const options = { separator: scope.csvSeparator ?? "," } as const;
  await writeText(out, CSV_BOM + csvLine(CONSENT_DAILY_HEADER, options));
  let last: ConsentDailyRow | null = null;
  let done = 0;
  for (;;) {
    const page = await readConsentDaily(ctx.db, { from: scope.from, to: scope.to }, last, pageSize);
    if (page.length > 0)
      await writeText(
        out,
        page
          .map((row) =>
            csvLine(
              CONSENT_DAILY_HEADER.map((name) => row[name]),
              options,
            ),
          )
          .join(""),
      );
    done += page.length;
    ctx.onProgress?.(done, null);
    if (page.length < pageSize) return;
    last = page[page.length - 1]!;
  }
}

/** `consentements-quotidiens-2026-01-01-2026-11-30.csv` */
export function consentDailyFileName(scope: ExportScope, format: string, now: Date): string {
  return `consentements-quotidiens-${scope.from ?? "debut"}-${scope.to ?? isoDateInZone(now)}.${format}`;
}

/** The consent report's CSV: daily figures per purpose, channel and text version for the period. */
export const consentDailyCsvRenderer = tabularRenderer({
  kind: "consent",
  permission: "consent:read",
  fileName: consentDailyFileName,
  formats: { csv: (ctx, scope, out) => renderConsentDailyCsv(ctx, scope, out) },
});
