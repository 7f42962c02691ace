import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { exportHistory, exportJobs } from "@/db/schema";
import type { AuditActor } from "@/lib/audit/write";
import { appendAudit } from "@/lib/audit/write";
import type { ExportFormat, ExportScope, ReportKind } from "../contract";
import type { FailureReason } from "./job-status";

/** A complete file, ready to enter the history. */
export interface CompletedExport {
  id: string;
  report: ReportKind;
  format: ExportFormat;
  scope: ExportScope;
  fileName: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/**
 * Record a complete export: the history row and its `export.create` audit entry (the same
 * fields), plus `consent.lookup` for a subscriber's dossier (it discloses their proofs), in
 * ONE transaction — and the job that produced it, when there is one. Also what the machine
 * API will call once it streams a pack (job null).
 */
export async function recordExport(
  db: Db,
  actor: AuditActor,
  file: CompletedExport,
  now: Date,
  job: { id: string; done: number; total: number | null } | null = null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const fields = {
      report: file.report,
      format: file.format,
      scope: file.scope,
      fileName: file.fileName,
      size: file.size,
      sha256: file.sha256,
    };
    await tx.insert(exportHistory).values({
      id: file.id,
      ...fields,
      storageKey: file.storageKey,
      createdBy: actor.id,
      createdByLabel: actor.label,
      createdAt: now,
    });
    await appendAudit(
      tx,
      actor,
      { action: "export.create", entityType: "export", entityId: file.id, meta: fields },
      now,
    );
    if (file.report === "subscriber-dossier" && file.scope.subscriberRef) {
      await appendAudit(
        tx,
        actor,
        {
          action: "consent.lookup",
          entityType: "subscriber",
          entityId: file.scope.subscriberRef,
          meta: { export: file.id, format: file.format },
        },
        now,
      );
    }
    if (job) {
      const updated = await tx
        .update(exportJobs)
        .set({
          status: "succeeded",
          exportId: file.id,
          finishedAt: now,
          heartbeatAt: now,
          bytes: file.size,
          done: job.done,
          total: job.total,
        })
        .where(and(eq(exportJobs.id, job.id), eq(exportJobs.status, "running")))
        .returning({ id: exportJobs.id });
      if (updated.length !== 1) throw new Error(`export job ${job.id} is no longer running`);
    }
  });
}

/** A job that could not produce its file: why, with its `export.fail` audit entry, in one transaction. */
export async function recordFailure(
  db: Db,
  actor: AuditActor,
  job: { id: string; report: string; format: string },
  reason: FailureReason,
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(exportJobs)
      .set({ status: "failed", failure: reason, finishedAt: now, heartbeatAt: now })
      .where(and(eq(exportJobs.id, job.id), eq(exportJobs.status, "running")));
    await appendAudit(
      tx,
      actor,
      {
        action: "export.fail",
        entityType: "export",
        entityId: job.id,
        meta: { report: job.report, format: job.format, reason },
      },
      now,
    );
  });
}
