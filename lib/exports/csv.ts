import Papa from "papaparse";

/** A cell a spreadsheet would read as a formula starts with one of these (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise a text cell a spreadsheet would run as a formula by prefixing a single quote.
 * Numbers stay numbers: `-12` is a value, not a formula.
 */
export function neutraliseCell(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvOptions {
  separator?: "," | ";";
}

/** One CSV line (CRLF-terminated), every cell neutralised. */
export function csvLine(
  cells: readonly (string | number | boolean | null | undefined)[],
  options: CsvOptions = {},
): string {
  return `${Papa.unparse([cells.map(neutraliseCell)], { delimiter: options.separator ?? ",", newline: "\r\n" })}\r\n`;
}

/** A whole small CSV document, UTF-8 with BOM so Excel reads accents, every cell neutralised. */
export function csvDocument(
  rows: readonly (readonly (string | number | boolean | null | undefined)[])[],
  options: CsvOptions = {},
): string {
  return `\uFEFF${rows.map((row) => csvLine(row, options)).join("")}`;
}

export const CSV_BOM = "\uFEFF";
