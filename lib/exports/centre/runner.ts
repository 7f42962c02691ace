import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { exportJobs, organisation } from "@/db/schema";
import { actorLabel, loadActor } from "@/lib/auth/actor";
import type { AuditActor } from "@/lib/audit/write";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zone-days";
import type { ExportFormat, ExportScope, ReportKind } from "../contract";
import { rendererFor } from "../registry";
import { canExportReport } from "./access";
import { writeReportFile } from "./file-writer";
import { failureOf, HEARTBEAT_MS, type FailureReason } from "./job-status";
import { recordExport, recordFailure } from "./record";
import { exportDirectory, storageKeyOf, storagePath, sweepPartFiles } from "./storage";

export interface RunOptions {
  db?: Db;
  /** The export directory (default: VIGIE_EXPORT_DIR or <data dir>/exports). */
  directory?: string;
  clock?: () => Date;
}

/** Keeps the job row's progress and heartbeat current, at most one write at a time. */
function progressWriter(db: Db, jobId: string, clock: () => Date) {
  const state = { done: 0, total: null as number | null, bytes: 0 };
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    writing = writing
      .then(() => db.update(exportJobs).set({ ...state, heartbeatAt: clock() }).where(and(eq(exportJobs.id, jobId), eq(exportJobs.status, "running"))))
      .then(() => undefined, () => undefined);
  };
  const timer = setInterval(flush, HEARTBEAT_MS);
  timer.unref?.();
  return {
    state,
    async stop() {
      clearInterval(timer);
      await writing;
    },
  };
}

function logCause(jobId: string, error: unknown) {
  // The cause only, never a query or its parameters (they may hold personal data).
  const cause = (error as { cause?: { message?: string } })?.cause?.message ?? (error as { code?: string })?.code ?? (error as Error)?.name ?? "unknown error";
  console.error(`[export job ${jobId}] failed: ${cause}`);
}

/**
 * Generate one export job's file: load the job, re-check who asked (an account revoked
 * since is refused), stream the renderer to `<id>.<format>.part` hashing as it goes,
 * rename it complete, then record the history row and its audit entries in one
 * transaction. Any failure removes the file and records the reason instead. Never throws.
 */
export async function runExportJob(jobId: string, options: RunOptions = {}): Promise<FailureReason | null> {
  const db = options.db ?? getDb();
  const clock = options.clock ?? (() => new Date());
  const [job] = await db.select().from(exportJobs).where(eq(exportJobs.id, jobId)).limit(1);
  if (!job || job.status !== "running") return null;
  const report = job.report as ReportKind;
  const format = job.format as ExportFormat;
  const scope = job.scope as ExportScope;
  const actor = await loadActor(db, job.requestedBy, clock());
  const auditActor: AuditActor = { id: job.requestedBy, label: actor ? actorLabel(actor) : job.requestedBy };
  const fail = async (reason: FailureReason) => {
    await recordFailure(db, auditActor, job, reason, clock()).catch((error) => logCause(jobId, error));
    return reason;
  };
  if (!actor || !canExportReport(actor.role, report)) return fail("not_allowed");
  const renderer = rendererFor(report, format);
  if (!renderer) return fail("no_renderer");

  const directory = options.directory ?? exportDirectory();
  const id = randomUUID();
  const storageKey = storageKeyOf(id, format);
  const target = storagePath(directory, storageKey);
  const progress = progressWriter(db, jobId, clock);
  try {
    await fs.promises.mkdir(directory, { recursive: true });
    await sweepPartFiles(directory, clock());
    const [org] = await db.select({ timeZone: organisation.timeZone }).from(organisation).limit(1);
    const now = clock();
    const ctx = {
      db,
      actor,
      locale: job.locale,
      now,
      timeZone: org?.timeZone ?? DEFAULT_TIME_ZONE,
      onProgress: (done: number, total: number | null) => Object.assign(progress.state, { done, total }),
    };
    const file = await writeReportFile(target, (out) => renderer.render(ctx, scope, format, out), (bytes) => (progress.state.bytes = bytes));
    await progress.stop();
    try {
      await recordExport(db, auditActor, { id, report, format, scope, fileName: renderer.fileName(scope, format, now), ...file, storageKey }, clock(), { id: jobId, ...progress.state });
    } catch (error) {
      // Not in the history: the file must not stay either.
      await fs.promises.rm(target, { force: true });
      logCause(jobId, error);
      return fail("record_failed");
    }
    return null;
  } catch (error) {
    await progress.stop();
    logCause(jobId, error);
    return fail(failureOf(error));
  }
}
