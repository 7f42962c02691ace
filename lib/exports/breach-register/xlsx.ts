import { assertCan } from "@/lib/auth/guard";
import { isoDateInZone } from "@/lib/time/zone-days";
import type { ExportScope, ReportRenderer } from "../contract";
import { mapPages } from "../register/source";
import { streamWorkbook } from "../xlsx/workbook";
import { breachSheets } from "./sheets";
import { breachPages } from "./source";

/** `registre-violations-2026-01-01-2026-12-31.xlsx` (the period), or the day of export without one. */
export function breachRegisterFileName(scope: ExportScope, format: string, now: Date): string {
  const period = scope.from || scope.to ? [scope.from ?? "debut", scope.to ?? isoDateInZone(now)] : [isoDateInZone(now)];
  return `${["registre-violations", ...period, ...(scope.reference ? [scope.reference] : [])].join("-")}.${format}`;
}

/** The breach register as XLSX: facts and severity, decisions, clocks, notifications; one keyset pass per sheet. */
export const breachRegisterXlsxRenderer: ReportRenderer = {
  kind: "breach-register",
  formats: ["xlsx"],
  fileName: breachRegisterFileName,
  async render(ctx, scope, format, out) {
    assertCan(ctx.actor, "incidents:read");
    if (format !== "xlsx") throw new RangeError(`breach register: no ${format} rendering here`);
    const period = { from: scope.from ?? null, to: scope.to ?? null, reference: scope.reference ?? null };
    let done = 0;
    await streamWorkbook(
      out,
      async (book) => {
        for (const sheet of breachSheets(ctx.locale, ctx.timeZone)) {
          done += await book.writeSheet(sheet.spec, mapPages(breachPages(ctx.db, period, { timeZone: ctx.timeZone, now: ctx.now }), (record) => sheet.rows(record)));
          ctx.onProgress?.(done, null);
        }
      },
      { created: ctx.now },
    );
  },
};
