import type { Writable } from "node:stream";
import type { Executor } from "@/db/client";
import { actorLabel, type Actor } from "@/lib/auth/actor";

/**
 * What every export report implements, so the export centre, the audit pack and the
 * machine API drive any report the same way: pick a renderer, give it a scope and a
 * stream, and it writes the document a page of rows at a time (constant memory).
 */
export const reportKinds = [
  "register",
  "breach-register",
  "incident",
  "consent",
  "subscriber-dossier",
  "audit-log",
  /** The signed ZIP of the reports above for a period (manifest.json + manifest.sig). */
  "audit-pack",
] as const;
export type ReportKind = (typeof reportKinds)[number];

export const exportFormats = ["pdf", "xlsx", "csv", "json", "zip"] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** What a report covers; each report reads the fields that apply to it (validated by the caller's zod schema). */
export interface ExportScope {
  /** First and last day of the period, YYYY-MM-DD, in the organisation's time zone (inclusive). */
  from?: string;
  to?: string;
  /** Register: only active entries. */
  activeOnly?: boolean;
  /** Register as saved at the end of this day (YYYY-MM-DD), from the register history. */
  asOf?: string;
  /** One register entry (TRT-…) or one incident (INC-…). */
  reference?: string;
  /** One subscriber's consent proof dossier. */
  subscriberRef?: string;
  /** CSV field separator: "," (default) or ";" for French Excel. */
  csvSeparator?: "," | ";";
}

export interface ExportContext {
  /** Reads only; a renderer never writes (the export centre records the export and its audit entry). */
  db: Executor;
  actor: Actor;
  /** Who the document names as its author when not the person (an API key's label); else `actorLabel(actor)`. */
  author?: string;
  locale: "fr" | "en";
  now: Date;
  timeZone: string;
  /** Called as rows are written; total is null when unknown. */
  onProgress?: (done: number, total: number | null) => void;
}

/** The author a document names: the API key behind a machine request, or the person. */
export function authorOf(ctx: Pick<ExportContext, "actor" | "author">): string {
  return ctx.author ?? actorLabel(ctx.actor);
}

export interface ReportRenderer {
  kind: ReportKind;
  formats: readonly ExportFormat[];
  /** The file name a download gets, e.g. `registre-2026-12-04.pdf`. */
  fileName(scope: ExportScope, format: ExportFormat, now: Date): string;
  /**
   * Write the document to `out` and resolve once everything is written. Must not end `out`
   * (the caller may be writing a ZIP entry) and must respect back-pressure.
   */
  render(ctx: ExportContext, scope: ExportScope, format: ExportFormat, out: Writable): Promise<void>;
}
