import { identifierHeaderKind, type IdentifierKind } from "./identifiers";

/**
 * The layout of a release file: one row per cell, the columns `area`, `window_start`,
 * `window_end`, `count`, and any further dimensions (`origin_area`, `age_band`...). Column names
 * are case-insensitive; a header may not repeat a name. A column whose NAME says it holds
 * identifiers (`imsi`, `msisdn`, `subscriber_ref`...) stops the review before any row is read.
 */
export const REQUIRED_COLUMNS = ["area", "window_start", "window_end", "count"] as const;
export const MAX_DIMENSIONS = 4;
const DIMENSION_NAME = /^[a-z][a-z0-9_]{0,62}$/;

export interface ReleaseLayout {
  /** Column index of each required column. */
  area: number;
  windowStart: number;
  windowEnd: number;
  count: number;
  /** Further dimensions, in header order: name and column index. */
  dimensions: { name: string; index: number }[];
  width: number;
}

export type LayoutProblem =
  | { kind: "missing"; column: string }
  | { kind: "duplicate"; column: string }
  | { kind: "invalidName"; column: string }
  | { kind: "tooManyDimensions"; count: number }
  | { kind: "identifierColumn"; column: string; identifier: IdentifierKind };

export function parseLayout(
  header: string[],
): { ok: true; layout: ReleaseLayout } | { ok: false; problems: LayoutProblem[] } {
  const names = header.map((name) =>
    name
      .trim()
      .replace(/^\uFEFF/, "")
      .toLowerCase(),
  );
  const problems: LayoutProblem[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push({ kind: "duplicate", column: name });
    seen.add(name);
    const identifier = identifierHeaderKind(name);
    if (identifier) problems.push({ kind: "identifierColumn", column: name, identifier });
  }
  for (const column of REQUIRED_COLUMNS) if (!names.includes(column)) problems.push({ kind: "missing", column });
  const dimensions = names
    .map((name, index) => ({ name, index }))
    .filter(({ name }) => !(REQUIRED_COLUMNS as readonly string[]).includes(name));
  for (const { name } of dimensions)
    if (!DIMENSION_NAME.test(name)) problems.push({ kind: "invalidName", column: name.slice(0, 64) });
  if (dimensions.length > MAX_DIMENSIONS) problems.push({ kind: "tooManyDimensions", count: dimensions.length });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    layout: {
      area: names.indexOf("area"),
      windowStart: names.indexOf("window_start"),
      windowEnd: names.indexOf("window_end"),
      count: names.indexOf("count"),
      dimensions,
      width: names.length,
    },
  };
}

/** One cell as read from a row. Windows are epoch milliseconds. */
export interface RawCell {
  line: number;
  area: string;
  windowStart: number;
  windowEnd: number;
  /** The further dimensions' values, in the layout's order. */
  dims: string[];
  count: number;
}

export type RowProblem = "width" | "area" | "windowStart" | "windowEnd" | "windowOrder" | "count" | "dimension";

const MAX_VALUE_LENGTH = 64;
const INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$/;
const COUNT = /^\d{1,12}$/;
/** NUL, lone surrogates, control characters: never a zone code. */
const UNFIT = /[\u0000-\u001f\u007f\p{Cs}]/u;

function instant(value: string): number | null {
  const trimmed = value.trim();
  if (!INSTANT.test(trimmed)) return null;
  const ms = Date.parse(trimmed.replace(" ", "T"));
  if (!Number.isFinite(ms)) return null;
  // An impossible date (2026-02-30) parses by rolling over: refuse it by re-reading its day.
  const [y = 0, m = 0, d = 0] = trimmed.slice(0, 10).split("-").map(Number);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  return ms;
}

function label(value: string): string | null {
  const trimmed = value.trim();
  // "*" marks a margin (a total over the dimension) in the release file: never a value.
  return trimmed && trimmed !== "*" && trimmed.length <= MAX_VALUE_LENGTH && !UNFIT.test(trimmed) ? trimmed : null;
}

/** A row read against the layout: the cell, or the first field at fault. */
export function parseRow(
  fields: string[],
  layout: ReleaseLayout,
  line: number,
): { ok: true; cell: RawCell } | { ok: false; problem: RowProblem } {
  if (fields.length !== layout.width) return { ok: false, problem: "width" };
  const area = label(fields[layout.area]!);
  if (area === null) return { ok: false, problem: "area" };
  const windowStart = instant(fields[layout.windowStart]!);
  if (windowStart === null) return { ok: false, problem: "windowStart" };
  const windowEnd = instant(fields[layout.windowEnd]!);
  if (windowEnd === null) return { ok: false, problem: "windowEnd" };
  if (windowEnd <= windowStart) return { ok: false, problem: "windowOrder" };
  const countText = fields[layout.count]!.trim();
  if (!COUNT.test(countText)) return { ok: false, problem: "count" };
  const dims: string[] = [];
  for (const { index } of layout.dimensions) {
    const value = label(fields[index]!);
    if (value === null) return { ok: false, problem: "dimension" };
    dims.push(value);
  }
  return { ok: true, cell: { line, area, windowStart, windowEnd, dims, count: Number(countText) } };
}
