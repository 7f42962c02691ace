import Papa from "papaparse";
import { restoreNeutralisedCell } from "@/lib/exports/csv";
import {
  checkXlsxSize,
  MAX_IMPORT_ROWS,
  MAX_IMPORT_UNPACKED_BYTES,
  streamFirstSheet,
  tooLarge,
  tooManyRows,
} from "./bounds";

export { ImportFileError, MAX_IMPORT_ROWS } from "./bounds";

/** A file's rows as records keyed by the header row's names. */
export interface ParsedFile {
  header: string[];
  rows: Record<string, string>[];
}

/**
 * CSV (UTF-8, comma or semicolon, header row) into records. More than `MAX_IMPORT_ROWS` data rows
 * is refused (`ImportFileError`): Papa stops one row past the limit.
 */
export function parseCsv(text: string): ParsedFile {
  if (text.length > MAX_IMPORT_UNPACKED_BYTES) throw tooLarge();
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
    preview: MAX_IMPORT_ROWS + 1,
    // The quote the export put before a leading = + - @ tab or CR comes off again, so texts round-trip.
    transform: (value) => restoreNeutralisedCell(value),
  });
  if (result.data.length > MAX_IMPORT_ROWS) throw tooManyRows();
  return { header: result.meta.fields ?? [], rows: result.data };
}

/**
 * The first worksheet of an XLSX workbook into records (first row = header), after its ZIP
 * directory and unpacked size are checked; more than `MAX_IMPORT_ROWS` rows is refused.
 */
export async function parseXlsx(data: ArrayBuffer): Promise<ParsedFile> {
  const buffer = Buffer.from(data);
  await checkXlsxSize(buffer);
  const sheet = await streamFirstSheet(buffer);
  const rows = sheet.rows.map((values) => {
    const record: Record<string, string> = {};
    sheet.header.forEach((name, index) => {
      if (name) record[name] = restoreNeutralisedCell(values[index] ?? "");
    });
    return record;
  });
  return { header: sheet.header, rows };
}

/** A CSV or XLSX upload, told apart by its name. */
export async function parseImportFile(name: string, data: ArrayBuffer): Promise<ParsedFile> {
  if (/\.xlsx$/i.test(name)) return parseXlsx(data);
  return parseCsv(new TextDecoder("utf-8").decode(data));
}
