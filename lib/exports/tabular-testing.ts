import ExcelJS from "exceljs";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { Executor } from "@/db/client";
import { loadActor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import type { ExportContext, ExportFormat, ExportScope, ReportRenderer } from "./contract";
import { toCell, type XlsxValue } from "./xlsx/cells";
import type { SheetSpec } from "./xlsx/workbook";

/**
 * Test helpers of the tabular reports: an export context for a user of a role, and a slow sink
 * (tiny buffer, asynchronous writes) so that renderers meet back-pressure as on a real socket.
 */
export async function exportContextFor(
  db: Executor,
  role: Role,
  now: Date,
  locale: "fr" | "en" = "fr",
): Promise<ExportContext> {
  const user = await unsafeCreateUser(db, {
    role,
    expiresAt: role === "auditor" ? new Date(now.getTime() + 86_400_000 * 30) : null,
  });
  const actor = await loadActor(db, user.id, now);
  if (!actor) throw new Error("test actor not loaded");
  return { db, actor, locale, now, timeZone: "Europe/Paris" };
}

export class SlowSink extends Writable {
  readonly chunks: Buffer[] = [];
  isEnded = false;
  constructor() {
    super({ highWaterMark: 1024 });
    this.on("finish", () => {
      this.isEnded = true;
    });
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void) {
    this.chunks.push(Buffer.from(chunk));
    setImmediate(callback);
  }
  get bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Renders a report into memory (tests only) and checks the renderer left the stream open. */
export async function renderToBuffer(
  renderer: ReportRenderer,
  ctx: ExportContext,
  scope: ExportScope,
  format: ExportFormat,
): Promise<Buffer> {
  const sink = new SlowSink();
  await renderer.render(ctx, scope, format, sink);
  if (sink.isEnded || sink.writableEnded) throw new Error("the renderer ended the stream");
  sink.end();
  await finished(sink);
  return sink.bytes;
}

/** An XLSX file read back with exceljs's ordinary (non-streaming) reader. */
export async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's data rows (below the header), `width` cells each, empty cells as null. */
export function readSheetRows(sheet: ExcelJS.Worksheet, width: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1).value ?? null));
  }
  return rows;
}

/** Every item of a paged source. */
export async function collectPages<T>(pages: AsyncIterable<T[]>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(...page);
  return all;
}

/** The cells a sheet should hold for `records`, as the kit writes them. */
export function expectedSheetRows<R>(
  definition: { spec: SheetSpec; rows(record: R): XlsxValue[][] },
  records: readonly R[],
): unknown[][] {
  const { columns } = definition.spec;
  return records
    .flatMap((record) => definition.rows(record))
    .map((row) => columns.map((column, i) => toCell(row[i], column.type)));
}
