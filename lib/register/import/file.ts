import ExcelJS from "exceljs";
import Papa from "papaparse";
import { restoreNeutralisedCell } from "@/lib/exports/csv";

/** A file's rows as records keyed by the header row's names. */
export interface ParsedFile {
  header: string[];
  rows: Record<string, string>[];
}

export const MAX_IMPORT_ROWS = 10_000;

/**
 * Cells as the import reads them: the quote Vigie's export put before a leading `= + - @` tab or
 * CR (formula neutralisation) is taken off again, so a name like "- Prospection" round-trips.
 */
function cellText(value: ExcelJS.CellValue): string {
  return restoreNeutralisedCell(rawCellText(value));
}

function rawCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return value.result === undefined ? "" : rawCellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
}

/** CSV (UTF-8, comma or semicolon, header row) into records. */
export function parseCsv(text: string): ParsedFile {
  const result = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim(),
    transform: (value) => restoreNeutralisedCell(value),
  });
  return { header: result.meta.fields ?? [], rows: result.data };
}

/** The first worksheet of an XLSX workbook into records (first row = header). */
export async function parseXlsx(data: ArrayBuffer): Promise<ParsedFile> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, column) => {
    header[column - 1] = cellText(cell.value).trim();
  });
  const rows: Record<string, string>[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const record: Record<string, string> = {};
    header.forEach((name, index) => {
      if (name) record[name] = cellText(row.getCell(index + 1).value);
    });
    if (Object.values(record).some((v) => v.trim() !== "")) rows.push(record);
  });
  return { header, rows };
}

/** A CSV or XLSX upload, told apart by its name. */
export async function parseImportFile(name: string, data: ArrayBuffer): Promise<ParsedFile> {
  if (/\.xlsx$/i.test(name)) return parseXlsx(data);
  return parseCsv(new TextDecoder("utf-8").decode(data));
}
