import { TZDate } from "@date-fns/tz";
import { neutraliseCell } from "../csv";

/**
 * How a value becomes an XLSX cell. Dates are real spreadsheet dates (a serial number with a date
 * format), not text, so a reader can sort and filter them; text is neutralised like every CSV cell
 * (a leading `=`, `+`, `-`, `@`, tab or CR gets a quote) so a spreadsheet never runs it as a formula.
 */
export type XlsxColumnType = "text" | "date" | "datetime" | "number" | "boolean";

export interface XlsxColumn {
  header: string;
  /** Width in characters. */
  width: number;
  type?: XlsxColumnType;
}

export type XlsxValue = string | number | boolean | Date | null | undefined;
export type XlsxCell = string | number | boolean | Date | null;

export const DATE_FORMAT = "yyyy-mm-dd";
export const DATETIME_FORMAT = "yyyy-mm-dd hh:mm";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day `YYYY-MM-DD` as the Date a spreadsheet stores (midnight UTC: serial numbers carry no zone). */
export function calendarDay(day: string | null | undefined): Date | null {
  const match = day ? ISO_DATE.exec(day) : null;
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * An instant as the wall-clock time of `timeZone`, stored as a zone-less spreadsheet date-time
 * (exceljs writes a Date's UTC fields, so the local fields are moved there).
 */
export function wallClock(instant: Date | null | undefined, timeZone: string): Date | null {
  if (!instant) return null;
  const local = new TZDate(instant.getTime(), timeZone);
  return new Date(
    Date.UTC(
      local.getFullYear(),
      local.getMonth(),
      local.getDate(),
      local.getHours(),
      local.getMinutes(),
      local.getSeconds(),
    ),
  );
}

/** The cell written for `value` in a column of `type`. */
export function toCell(value: XlsxValue, type: XlsxColumnType = "text"): XlsxCell {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return value;
  if (type === "date" && typeof value === "string") return calendarDay(value) ?? (neutraliseCell(value) as string);
  if (typeof value === "string") return neutraliseCell(value) as string;
  return value;
}

/** The number format of a column, if any. */
export function numberFormat(type: XlsxColumnType = "text"): string | undefined {
  if (type === "date") return DATE_FORMAT;
  if (type === "datetime") return DATETIME_FORMAT;
  return undefined;
}

/** `A`, `B`, ... `AA` for a 1-based column number. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
