import Papa from "papaparse";

/** A cell a spreadsheet would read as a formula starts with one of these (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Quotes before a formula character: what `neutraliseCell` prefixes one more quote to, and `restoreNeutralisedCell` takes one off. */
const QUOTED_FORMULA_START = /^'+[=+\-@\t\r]/;

/**
 * Neutralise a text cell a spreadsheet would run as a formula by prefixing a single quote.
 * Numbers stay numbers: `-12` is a value, not a formula. A text that already starts with quotes
 * before such a character gets one more, so the import can take exactly one off (`'=x` → `''=x`
 * → `'=x`): every text survives export → import unchanged.
 */
export function neutraliseCell(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return value;
  return FORMULA_START.test(value) || QUOTED_FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutraliseCell`, for a cell read back from an exported CSV or XLSX. */
export function restoreNeutralisedCell(value: string): string {
  return QUOTED_FORMULA_START.test(value) ? value.slice(1) : value;
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
