import { once } from "node:events";
import { PassThrough, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import ExcelJS from "exceljs";
import { DatedWorkbookWriter } from "./dated-writer";
import { columnLetter, numberFormat, toCell, type XlsxColumn, type XlsxValue } from "./cells";

/** One sheet: its tab name (at most 31 characters) and its columns, in order. */
export interface SheetSpec {
  name: string;
  columns: readonly XlsxColumn[];
}

/** Rows arrive a page at a time, so a sheet never holds more than one page in memory. */
export type RowPages = AsyncIterable<readonly (readonly XlsxValue[])[]>;

export interface XlsxBook {
  /** Writes one whole sheet (header, then every page of rows, then its auto-filter) and returns its data-row count. */
  writeSheet(spec: SheetSpec, pages: RowPages): Promise<number>;
}

async function drained(streams: readonly Writable[]): Promise<void> {
  for (const stream of streams) if (stream.writableNeedDrain) await once(stream, "drain");
}

/**
 * exceljs's sheet stream (a StreamBuf) never reports a full buffer: it writes on to the ZIP's
 * compressor whatever its state. Wait here until the compressor has taken in what was written
 * (its input drained, at most two 64 KB chunks waiting), so a sheet never piles up in memory.
 */
interface SheetStream {
  pipes?: Writable[];
  buffers?: unknown[];
}

async function sheetCaughtUp(sheet: ExcelJS.Worksheet, out: Writable): Promise<void> {
  const stream = (sheet as unknown as { stream?: SheetStream }).stream;
  if (!stream) return;
  for (;;) {
    if (out.destroyed) throw new Error("export stream closed before the workbook was complete");
    const busy = stream.pipes?.find((pipe) => pipe.writableNeedDrain);
    if (busy) await once(busy, "drain");
    else if ((stream.buffers?.length ?? 0) > 2) await new Promise((resolve) => setTimeout(resolve, 1));
    else return;
  }
}

const HEADER_FONT = { bold: true };

/** Excel refuses a workbook with a longer text cell; fail naming the cell rather than truncate silently. */
export const MAX_CELL_LENGTH = 32_767;

function checkLength(spec: SheetSpec, cells: readonly unknown[], rowNumber: number): void {
  cells.forEach((cell, index) => {
    if (typeof cell === "string" && cell.length > MAX_CELL_LENGTH) {
      throw new RangeError(
        `${spec.name}: row ${rowNumber}, column "${spec.columns[index]!.header}" holds ${cell.length} characters, more than a spreadsheet cell takes (${MAX_CELL_LENGTH}); export CSV or JSON instead`,
      );
    }
  });
}

async function writeSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  spec: SheetSpec,
  pages: RowPages,
  drain: (sheet: ExcelJS.Worksheet) => Promise<void>,
): Promise<number> {
  const sheet = workbook.addWorksheet(spec.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
  sheet.columns = spec.columns.map((column, index) => ({ key: `c${index}`, width: column.width }));
  const header = sheet.addRow(spec.columns.map((column) => column.header));
  header.font = HEADER_FONT;
  header.commit();
  const formats = spec.columns.map((column) => numberFormat(column.type));
  let count = 0;
  for await (const page of pages) {
    for (const values of page) {
      const cells = spec.columns.map((column, index) => toCell(values[index], column.type));
      checkLength(spec, cells, count + 2);
      const row = sheet.addRow(cells);
      formats.forEach((format, index) => {
        if (format && values[index] !== null && values[index] !== undefined && values[index] !== "")
          row.getCell(index + 1).numFmt = format;
      });
      row.commit();
      count += 1;
    }
    await drain(sheet);
  }
  sheet.autoFilter = `A1:${columnLetter(spec.columns.length)}${count + 1}`;
  sheet.commit();
  return count;
}

/**
 * Streams an XLSX workbook to `out` with exceljs's streaming writer: each row is committed as soon
 * as it is written and the writer waits for `out` to drain between pages (constant memory). Sheets
 * are written one after the other. `out` is never ended: the caller may be filling a ZIP entry.
 */
export async function streamWorkbook(
  out: Writable,
  build: (book: XlsxBook) => Promise<void>,
  options: { created: Date; creator?: string },
): Promise<void> {
  const zip = new PassThrough();
  zip.pipe(out, { end: false });
  const workbook = new DatedWorkbookWriter({ stream: zip, useStyles: true, useSharedStrings: false }, options.created);
  workbook.creator = options.creator ?? "Vigie";
  workbook.created = options.created;
  workbook.modified = options.created;
  const drain = async (sheet: ExcelJS.Worksheet) => {
    await sheetCaughtUp(sheet, out);
    await drained([zip, out]);
  };
  try {
    await build({ writeSheet: (spec, pages) => writeSheet(workbook, spec, pages, drain) });
    const done = finished(zip, { writable: false });
    await workbook.commit();
    await done;
  } catch (error) {
    zip.unpipe(out);
    zip.destroy();
    throw error;
  }
}

/** A sheet built from records: its layout and the rows one record gives (none, one or several). */
export interface RecordSheet<T> {
  spec: SheetSpec;
  rows(record: T): XlsxValue[][];
}

/**
 * A workbook of several sheets over the same records: each sheet is one pass over `pages()`
 * (sheets are written one after the other, so only one page of records is ever in memory).
 */
export async function streamRecordSheets<T>(
  out: Writable,
  sheets: readonly RecordSheet<T>[],
  pages: () => AsyncIterable<T[]>,
  options: { created: Date; onProgress?: (done: number, total: number | null) => void },
): Promise<void> {
  let done = 0;
  await streamWorkbook(
    out,
    async (book) => {
      for (const sheet of sheets) {
        done += await book.writeSheet(
          sheet.spec,
          mapRows(pages(), (record) => sheet.rows(record)),
        );
        options.onProgress?.(done, null);
      }
    },
    { created: options.created },
  );
}

async function* mapRows<T>(
  pages: AsyncIterable<T[]>,
  toRows: (record: T) => XlsxValue[][],
): AsyncGenerator<XlsxValue[][]> {
  for await (const page of pages) yield page.flatMap(toRows);
}
