import { consentEventSchema } from "../schemas";

/** Client-safe: rows of a CMP export, checked before sending (the server checks the catalogue again). */
export const CSV_COLUMNS = [
  "eventId",
  "subscriberRef",
  "purpose",
  "action",
  "channel",
  "occurredAt",
  "textVersion",
] as const;
export const MAX_IMPORT_ROWS = 100_000;
/** A CMP export of 100,000 rows is ~15 MB; a larger file is refused before it is read. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** How Papa parses an export: it stops one row past the limit, so a huge file is not read to its end. */
export const CSV_PARSE_CONFIG = { header: true, skipEmptyLines: true, preview: MAX_IMPORT_ROWS + 1 } as const;

export type CsvFileVerdict =
  | { ok: true }
  | { ok: false; error: "tooLarge"; megabytes: number }
  | { ok: false; error: "tooMany"; max: number }
  | { ok: false; error: "missingColumns"; columns: string };

/** A file's size, checked before reading it. */
export function checkCsvFileSize(bytes: number): CsvFileVerdict {
  return bytes > MAX_IMPORT_BYTES
    ? { ok: false, error: "tooLarge", megabytes: MAX_IMPORT_BYTES / 1024 / 1024 }
    : { ok: true };
}

/** A parsed file's columns and row count: more than the limit is refused as a whole, never cut short. */
export function checkCsvFile(fields: readonly string[], rowCount: number): CsvFileVerdict {
  const missing = missingColumns(fields);
  if (missing.length) return { ok: false, error: "missingColumns", columns: missing.join(", ") };
  if (rowCount > MAX_IMPORT_ROWS) return { ok: false, error: "tooMany", max: MAX_IMPORT_ROWS };
  return { ok: true };
}

export interface CsvRowCheck {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  event: Record<string, unknown>;
  errors: { path: string; message: string }[];
}

export function missingColumns(fields: readonly string[]): string[] {
  return CSV_COLUMNS.filter((c) => !fields.includes(c));
}

/** One CSV row as an event: empty optional cells dropped, `proof` parsed as JSON. */
export function checkCsvRow(row: Record<string, string | undefined>, index: number): CsvRowCheck {
  const event: Record<string, unknown> = {};
  const errors: { path: string; message: string }[] = [];
  for (const [key, raw] of Object.entries(row)) {
    const value = (raw ?? "").trim();
    if (key === "proof") {
      if (value === "") continue;
      try {
        event.proof = JSON.parse(value);
      } catch {
        errors.push({ path: "proof", message: "consent.errors.proofObject" });
      }
    } else if (key === "source") {
      if (value !== "") event.source = value;
    } else if (key) {
      event[key] = value;
    }
  }
  const parsed = consentEventSchema.safeParse(event);
  if (!parsed.success)
    errors.push(...parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message })));
  return { line: index + 2, event, errors };
}
