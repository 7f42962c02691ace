import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import yauzl from "yauzl";

/**
 * Limits of an import file, checked before (ZIP directory) and while (row count) it is parsed:
 * a few megabytes of XLSX can expand to hundreds of megabytes of XML (a "zip bomb"), and a file
 * past the row limit is refused as a whole, never cut short in silence.
 */
export const MAX_IMPORT_ROWS = 10_000;
/** Everything a file unpacks to (a CSV: its size); a 10,000-row register sheet with long texts is ~15 MB. */
export const MAX_IMPORT_UNPACKED_BYTES = 64 * 1024 * 1024;
/** Parts of an XLSX workbook: a real one has a few dozen. */
export const MAX_XLSX_ENTRIES = 1_000;

/** Why a file is refused, as a translation key and its values (the import page shows it). */
export class ImportFileError extends Error {
  constructor(
    readonly key: "register.import.errors.tooManyRows" | "register.import.errors.tooLarge" | "register.import.failed",
    readonly values: Record<string, number> = {},
  ) {
    super(key);
    this.name = "ImportFileError";
  }
}

export const tooManyRows = () => new ImportFileError("register.import.errors.tooManyRows", { max: MAX_IMPORT_ROWS });
export const tooLarge = () =>
  new ImportFileError("register.import.errors.tooLarge", { megabytes: MAX_IMPORT_UNPACKED_BYTES / 1024 / 1024 });

async function drain(stream: Readable): Promise<number> {
  let size = 0;
  for await (const chunk of stream) size += (chunk as Buffer).byteLength;
  return size;
}

/**
 * The ZIP's central directory, read before anything is unpacked: more than the allowed entries
 * or unpacked bytes is refused at once. Then every entry is unpacked to nowhere with its declared
 * size enforced (yauzl stops an entry that unpacks to more than its directory says), so a
 * directory that lies is caught too, after at most the allowed bytes of work.
 */
export async function checkXlsxSize(data: Buffer): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(data, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw new ImportFileError("register.import.failed");
  }
  const entries: yauzl.Entry[] = [];
  let declared = 0;
  for await (const entry of zip.eachEntry()) {
    entries.push(entry);
    declared += entry.uncompressedSize;
    if (entries.length > MAX_XLSX_ENTRIES || declared > MAX_IMPORT_UNPACKED_BYTES) {
      zip.close();
      throw tooLarge();
    }
  }
  for (const entry of entries) {
    try {
      await drain(await zip.openReadStreamPromise(entry));
    } catch {
      zip.close();
      throw tooLarge();
    }
  }
  zip.close();
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return value.result === undefined ? "" : cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
}

/**
 * The first worksheet's rows as text cells, streamed: the reader stops as soon as the sheet holds
 * more than `MAX_IMPORT_ROWS` data rows (`tooManyRows`), without reading the rest.
 */
export async function streamFirstSheet(data: Buffer): Promise<{ header: string[]; rows: string[][] }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(data), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "ignore",
  });
  let header: string[] = [];
  const rows: string[][] = [];
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const values = Array.from((row.values as ExcelJS.CellValue[]).slice(1), cellText);
      if (row.number === 1) {
        header = values.map((v) => v.trim());
        continue;
      }
      if (!values.some((v) => v.trim() !== "")) continue;
      if (rows.length === MAX_IMPORT_ROWS) throw tooManyRows();
      rows.push(values);
    }
    break;
  }
  return { header, rows };
}
