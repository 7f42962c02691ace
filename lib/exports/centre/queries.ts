import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { exportHistory, exportJobs } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import type { ExportFormat, ExportScope, ReportKind } from "../contract";
import { exportFormats } from "../contract";
import { renderers } from "../registry";
import { canExportReport, exportableReports } from "./access";
import { toJobDTO, type ExportJobDTO } from "./job-status";
import type { ExportHistoryDTO, ReportChoiceDTO } from "./query-options";
import { exportDirectory, storagePath } from "./storage";

export const HISTORY_LIMIT = 100;

/** The reports this person may export, each with the formats a renderer exists for. */
export function reportChoices(actor: Actor): ReportChoiceDTO[] {
  return exportableReports(actor.role)
    .map((report) => ({
      report,
      formats: exportFormats.filter((format) => renderers.some((r) => r.kind === report && r.formats.includes(format))),
    }))
    .filter((choice) => choice.formats.length > 0);
}

/** The latest exports this person may see: every report they may export (the security director: incident reports). */
export async function listExportHistory(actor: Actor, db: Executor = getDb()): Promise<ExportHistoryDTO> {
  const reports = can(actor.role, "exports:read") ? exportableReports(actor.role) : [];
  if (reports.length === 0) return { entries: [], limit: HISTORY_LIMIT };
  const rows = await db
    .select()
    .from(exportHistory)
    .where(inArray(exportHistory.report, reports))
    .orderBy(desc(exportHistory.createdAt), desc(exportHistory.id))
    .limit(HISTORY_LIMIT);
  return {
    entries: rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdByLabel,
      report: row.report as ReportKind,
      format: row.format as ExportFormat,
      scope: row.scope as ExportScope,
      fileName: row.fileName,
      size: row.size,
      sha256: row.sha256,
      expiredAt: row.expiredAt?.toISOString() ?? null,
    })),
    limit: HISTORY_LIMIT,
  };
}

/** One of this person's own jobs (nobody follows another person's). */
export async function readExportJob(
  actor: Actor,
  jobId: string,
  now: Date,
  db: Executor = getDb(),
): Promise<ExportJobDTO | null> {
  const [job] = await db
    .select()
    .from(exportJobs)
    .where(and(eq(exportJobs.id, jobId), eq(exportJobs.requestedBy, actor.id)))
    .limit(1);
  return job ? toJobDTO(job, now) : null;
}

export interface DownloadFile {
  path: string;
  report: ReportKind;
  fileName: string;
  size: number;
  sha256: string;
  format: ExportFormat;
}

export type DownloadTarget =
  | ({ kind: "file" } & DownloadFile)
  | { kind: "forbidden"; report: ReportKind }
  | { kind: "expired"; expiredAt: Date }
  | { kind: "missing" };

/** The file behind a history row, if this person may have it. */
export async function exportForDownload(actor: Actor, id: string, db: Executor = getDb()): Promise<DownloadTarget> {
  const [row] = await db.select().from(exportHistory).where(eq(exportHistory.id, id)).limit(1);
  if (!row) return { kind: "missing" };
  const report = row.report as ReportKind;
  if (!canExportReport(actor.role, report)) return { kind: "forbidden", report };
  if (row.expiredAt) return { kind: "expired", expiredAt: row.expiredAt };
  return {
    kind: "file",
    path: storagePath(exportDirectory(), row.storageKey),
    report,
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    format: row.format as ExportFormat,
  };
}
