import type { Writable } from "node:stream";
import type { ExportContext, ExportScope } from "../contract";
import { streamWorkbook } from "../xlsx/workbook";
import { registerSheets } from "./sheets";
import { mapPages, registerPages, type RegisterSelection } from "./source";

export function selectionOf(scope: ExportScope): RegisterSelection {
  return { asOf: scope.asOf ?? null, activeOnly: scope.activeOnly ?? false, reference: scope.reference ?? null };
}

/**
 * The register as a workbook, a sheet per concern. Each sheet is one keyset pass over the register
 * (sheets are written one after the other, so only one page is ever in memory).
 */
export async function renderRegisterXlsx(ctx: ExportContext, scope: ExportScope, out: Writable): Promise<void> {
  const selection = selectionOf(scope);
  let done = 0;
  await streamWorkbook(
    out,
    async (book) => {
      for (const sheet of registerSheets(ctx.locale)) {
        const pages = mapPages(registerPages(ctx.db, selection, { timeZone: ctx.timeZone }), (record) => sheet.rows(record));
        done += await book.writeSheet(sheet.spec, pages);
        ctx.onProgress?.(done, null);
      }
    },
    { created: ctx.now },
  );
}
