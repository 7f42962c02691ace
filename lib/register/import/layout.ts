import type { ProcessingActivity } from "../schemas";

/**
 * The column layout of the register in CSV and XLSX (docs/register-layout.md): one row per entry.
 * Plain fields are plain cells; lists of keys or short texts are joined with " | "; lists of
 * structured items (purposes, recipients, transfers, retention...) are one JSON array per cell, in
 * the shape of the zod schema. Import and export share this module so they cannot drift apart.
 */
export const LIST_SEPARATOR = " | ";

type Kind = "text" | "date" | "list" | "json";
interface Column {
  readonly name: string;
  readonly kind: Kind;
  /** Where the value lives in the entry. */
  readonly path: readonly string[];
}

const col = (name: string, kind: Kind, ...path: string[]): Column => ({ name, kind, path });

export const REGISTER_COLUMNS: readonly Column[] = [
  col("name", "text", "name"),
  col("description", "text", "description"),
  col("role", "text", "role"),
  col("status", "text", "status"),
  col("organisation_name", "text", "organisation", "name"),
  col("organisation_contact", "text", "organisation", "contact"),
  col("dpo_name", "text", "dpo", "name"),
  col("dpo_contact", "text", "dpo", "contact"),
  col("eu_representative", "json", "euRepresentative"),
  col("joint_controllers", "json", "jointControllers"),
  col("controllers_served", "json", "controllersServed"),
  col("purposes", "json", "purposes"),
  col("data_subject_categories", "list", "dataSubjectCategories"),
  col("data_categories", "list", "dataCategories"),
  col("criminal_data_authorisation", "text", "criminalDataAuthorisation"),
  col("recipients", "json", "recipients"),
  col("transfers", "json", "transfers"),
  col("retention", "json", "retention"),
  col("security_measures", "list", "securityMeasures", "measures"),
  col("security_description", "text", "securityMeasures", "description"),
  col("data_source", "text", "dataSource"),
  col("systems", "list", "systems"),
  col("processors", "json", "processors"),
  col("business_owner", "text", "businessOwner"),
  col("next_review_on", "date", "nextReviewOn"),
  col("dpia_criteria", "list", "dpia", "criteria"),
  col("dpia_cnil_required_types", "list", "dpia", "cnilRequiredTypes"),
  col("dpia_cnil_exempt_types", "list", "dpia", "cnilExemptTypes"),
  col("dpia_dpo_decision", "json", "dpia", "dpoOverride"),
  col("dpia_status", "text", "dpia", "status"),
  col("dpia_completed_on", "date", "dpia", "completedOn"),
  col("dpia_document_reference", "text", "dpia", "documentReference"),
  col("dpia_next_review_on", "date", "dpia", "nextReviewOn"),
];

/** The export adds the reference first; the import ignores it (imported entries get new references). */
export const REFERENCE_COLUMN = "reference";
export const HEADER = [REFERENCE_COLUMN, ...REGISTER_COLUMNS.map((c) => c.name)];

const INVALID_JSON = "register.import.errors.invalidJson";
export const LAYOUT_ERRORS = {
  invalidJson: INVALID_JSON,
  unknownColumn: "register.import.errors.unknownColumn",
  missingColumn: "register.import.errors.missingColumn",
} as const;

function read(entry: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined),
    entry,
  );
}

function write(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    node = (node[key] ??= {}) as Record<string, unknown>;
  });
  node[path[path.length - 1]!] = value;
}

/** One entry as a row of cells, keyed by column name (the export's row). */
export function entryToRow(entry: ProcessingActivity, reference = ""): Record<string, string> {
  const row: Record<string, string> = { [REFERENCE_COLUMN]: reference };
  for (const column of REGISTER_COLUMNS) {
    const value = read(entry, column.path);
    if (column.kind === "list") row[column.name] = ((value as string[]) ?? []).join(LIST_SEPARATOR);
    else if (column.kind === "json")
      row[column.name] = value === null || value === undefined ? "" : JSON.stringify(value);
    else row[column.name] = value === null || value === undefined ? "" : String(value);
  }
  return row;
}

export interface RowParse {
  /** The entry to validate with `processingActivitySchema`. */
  readonly entry: Record<string, unknown>;
  /** Cells that could not even be read (column name → message key). */
  readonly cellErrors: Record<string, string>;
}

/** A row of cells back into an entry, before validation. Empty cells become empty values. */
export function rowToEntry(row: Readonly<Record<string, string | undefined>>): RowParse {
  const entry: Record<string, unknown> = {};
  const cellErrors: Record<string, string> = {};
  for (const column of REGISTER_COLUMNS) {
    const cell = (row[column.name] ?? "").trim();
    let value: unknown;
    if (column.kind === "list")
      value =
        cell === ""
          ? []
          : cell
              .split("|")
              .map((item) => item.trim())
              .filter(Boolean);
    else if (column.kind === "date") value = cell === "" ? null : cell;
    else if (column.kind === "json") {
      const empty = column.path.length === 1 && !["euRepresentative"].includes(column.path[0]!) ? [] : null;
      try {
        value = cell === "" ? empty : JSON.parse(cell);
      } catch {
        cellErrors[column.name] = INVALID_JSON;
        value = empty;
      }
    } else value = cell;
    write(entry, column.path, value);
  }
  if (entry.status === "") entry.status = "draft";
  if (read(entry, ["dpia", "status"]) === "") write(entry, ["dpia", "status"], "not_started");
  return { entry, cellErrors };
}

/** The column an entry path belongs to (`purposes.0.legalBasis` → `purposes`), for per-field errors. */
export function columnOfPath(path: string): string {
  const segments = path.split(".");
  const match = REGISTER_COLUMNS.filter((c) => c.path.every((key, i) => segments[i] === key)).sort(
    (a, b) => b.path.length - a.path.length,
  )[0];
  return match?.name ?? segments[0] ?? "";
}

/** Header problems: required columns missing, unknown columns present. */
export function checkHeader(header: readonly string[]): { missing: string[]; unknown: string[] } {
  const known = new Set(HEADER);
  const present = new Set(header.map((h) => h.trim()));
  return {
    missing: REGISTER_COLUMNS.map((c) => c.name).filter((name) => !present.has(name)),
    unknown: [...present].filter((name) => name !== "" && !known.has(name)),
  };
}
