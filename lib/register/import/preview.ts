import { z } from "zod";
import { checkHeader, columnOfPath, rowToEntry } from "./layout";
import { processingActivitySchema, type ProcessingActivity } from "../schemas";

export interface RowError {
  /** Column of the file (`purposes`, `dpia_status`...). */
  column: string;
  /** Where in the entry, e.g. `purposes.0.legalBasis`. */
  path: string;
  /** Message key. */
  message: string;
}

export interface PreviewRow {
  /** Line in the file (the header is line 1). */
  line: number;
  name: string;
  errors: RowError[];
}

export interface ImportPreview {
  rows: PreviewRow[];
  /** Header problems: when present, nothing can be imported. */
  missingColumns: string[];
  unknownColumns: string[];
  validCount: number;
  /** The valid entries, in file order; empty unless every row is valid (all-or-nothing). */
  entries: ProcessingActivity[];
}

/** An entry to import, as the import action accepts it: a draft or an active entry. */
export const importEntrySchema = processingActivitySchema.refine((entry) => entry.status !== "retired", {
  path: ["status"],
  message: "register.import.errors.retiredStatus",
});

/**
 * Validates every row of a file with the register's schema and reports, per row and per column,
 * what is wrong. Entries are returned only when the header is right and every row is valid.
 */
export function previewImport(header: readonly string[], rows: readonly Record<string, string>[]): ImportPreview {
  const { missing, unknown } = checkHeader(header);
  const previewRows: PreviewRow[] = [];
  const entries: ProcessingActivity[] = [];
  rows.forEach((row, index) => {
    const { entry, cellErrors } = rowToEntry(row);
    const errors: RowError[] = Object.entries(cellErrors).map(([column, message]) => ({
      column,
      path: column,
      message,
    }));
    const parsed = importEntrySchema.safeParse(entry);
    if (parsed.success) entries.push(parsed.data);
    else errors.push(...issues(parsed.error).filter((e) => !(e.column in cellErrors)));
    previewRows.push({ line: index + 2, name: typeof entry.name === "string" ? entry.name : "", errors });
  });
  const validCount = previewRows.filter((r) => r.errors.length === 0).length;
  const isImportable = missing.length === 0 && rows.length > 0 && validCount === rows.length;
  return {
    rows: previewRows,
    missingColumns: missing,
    unknownColumns: unknown,
    validCount,
    entries: isImportable ? entries : [],
  };
}

function issues(error: z.ZodError): RowError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    return { column: columnOfPath(path), path, message: issue.message };
  });
}
