import type { Writable } from "node:stream";
import { entryToRow, HEADER } from "@/lib/register/import/layout";
import type { ExportContext, ExportScope } from "../contract";
import { CSV_BOM, csvLine } from "../csv";
import { writeText } from "../stream-text";
import { registerPages } from "./source";
import { selectionOf } from "./xlsx";

/** The register as CSV in the import layout (docs/register-layout.md): UTF-8 with BOM, `,` or `;`. */
export async function renderRegisterCsv(ctx: ExportContext, scope: ExportScope, out: Writable): Promise<void> {
  const options = { separator: scope.csvSeparator ?? "," } as const;
  await writeText(out, CSV_BOM + csvLine(HEADER, options));
  let done = 0;
  for await (const page of registerPages(ctx.db, selectionOf(scope), { timeZone: ctx.timeZone })) {
    const text = page.map((record) => {
      const row = entryToRow(record.content, record.reference);
      return csvLine(
        HEADER.map((name) => row[name]),
        options,
      );
    });
    await writeText(out, text.join(""));
    done += page.length;
    ctx.onProgress?.(done, null);
  }
}
