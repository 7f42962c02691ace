import type { Writable } from "node:stream";
import { isoDateInZone } from "@/lib/time/zone-days";
import type { ExportContext, ExportScope } from "../contract";
import { tabularRenderer } from "../tabular-renderer";
import { streamRecordSheets } from "../xlsx/workbook";
import { breachSheets } from "./sheets";
import { breachPages } from "./source";

/** `registre-violations-2026-01-01-2026-12-31.xlsx` (the period), or the day of export without one. */
export function breachRegisterFileName(scope: ExportScope, format: string, now: Date): string {
  const period =
    scope.from || scope.to ? [scope.from ?? "debut", scope.to ?? isoDateInZone(now)] : [isoDateInZone(now)];
  return `${["registre-violations", ...period, ...(scope.reference ? [scope.reference] : [])].join("-")}.${format}`;
}

/** The breach register as XLSX: facts and severity, decisions, clocks, notifications; one keyset pass per sheet. */
export async function renderBreachRegisterXlsx(ctx: ExportContext, scope: ExportScope, out: Writable): Promise<void> {
  const period = { from: scope.from ?? null, to: scope.to ?? null, reference: scope.reference ?? null };
  const pages = () => breachPages(ctx.db, period, { timeZone: ctx.timeZone, now: ctx.now });
  await streamRecordSheets(out, breachSheets(ctx.locale, ctx.timeZone), pages, {
    created: ctx.now,
    onProgress: ctx.onProgress,
  });
}

export const breachRegisterXlsxRenderer = tabularRenderer({
  kind: "breach-register",
  permission: "incidents:read",
  fileName: breachRegisterFileName,
  formats: { xlsx: renderBreachRegisterXlsx },
});
