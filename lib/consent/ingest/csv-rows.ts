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
