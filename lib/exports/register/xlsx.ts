import type { Writable } from "node:stream";
import type { ExportContext, ExportScope } from "../contract";
import { streamRecordSheets } from "../xlsx/workbook";
import { registerSheets } from "./sheets";
import { registerPages, type RegisterSelection } from "./source";

export function selectionOf(scope: ExportScope): RegisterSelection {
  return { asOf: scope.asOf ?? null, activeOnly: scope.activeOnly ?? false, reference: scope.reference ?? null };
}

/**
 * The register as a workbook, a sheet per concern. Each sheet is one keyset pass over the register
 * (sheets are written one after the other, so only one page is ever in memory).
 */
export async function renderRegisterXlsx(ctx: ExportContext, scope: ExportScope, out: Writable): Promise<void> {
  const selection = selectionOf(scope);
  const pages = () => registerPages(ctx.db, selection, { timeZone: ctx.timeZone });
  await streamRecordSheets(out, registerSheets(ctx.locale), pages, { created: ctx.now, onProgress: ctx.onProgress });
}
