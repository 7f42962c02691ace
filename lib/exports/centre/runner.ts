import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { exportJobs } from "@/db/schema";
import { actorLabel, loadActor, type Actor } from "@/lib/auth/actor";
import type { AuditActor } from "@/lib/audit/write";
import type { ExportFormat, ExportScope, ReportKind } from "../contract";
import { rendererFor } from "../registry";
import { canExportReport } from "./access";
import { renderExport } from "./isolated";
import { failureOf, HEARTBEAT_MS, type FailureReason } from "./job-status";
import { createLimiter } from "./limiter";
import { recordExport, recordFailure, type CompletedExport } from "./record";

/** Exports generated at once by this process (the others wait, their heartbeat still beating). */
export const CONCURRENT_EXPORTS = 2;
const limiter = createLimiter(CONCURRENT_EXPORTS);

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
      .then(() =>
        db
          .update(exportJobs)
          .set({ ...state, heartbeatAt: clock() })
          .where(and(eq(exportJobs.id, jobId), eq(exportJobs.status, "running"))),
      )
      .then(
        () => undefined,
        () => undefined,
      );
  };
  const timer = setInterval(flush, HEARTBEAT_MS);
  timer.unref?.();
  return {
    state,
    update(progress: Partial<typeof state>) {
      Object.assign(state, Object.fromEntries(Object.entries(progress).filter(([, value]) => value !== undefined)));
    },
    async stop() {
      clearInterval(timer);
      await writing;
    },
  };
}

function logCause(label: string, error: unknown) {
  // The cause only, never a query or its parameters (they may hold personal data).
  const cause =
    (error as { cause?: { message?: string } })?.cause?.message ??
    (error as { code?: string })?.code ??
    (error as Error)?.name ??
    "unknown error";
  console.error(`[export ${label}] failed: ${cause}`);
}

/** Record a complete file, or remove it when recording fails (no file outside the history). */
async function recordOrRemove(
  db: Db,
  auditActor: AuditActor,
  file: CompletedExport & { path: string },
  now: Date,
  job: { id: string; done: number; total: number | null } | null,
) {
  try {
    await recordExport(db, auditActor, file, now, job);
  } catch (error) {
    await fs.promises.rm(file.path, { force: true });
    throw error;
  }
}

/**
 * Generate one export job's file: load the job, re-check who asked (an account revoked
 * since is refused), stream the renderer to the export directory hashing as it goes (on the
 * process-wide PostgreSQL database in a worker thread: `renderExport`), then
 * record the history row and its audit entries in one transaction. Any failure removes the
 * file and records the reason instead. Never throws; returns the failure reason or null.
 */
export async function runExportJob(jobId: string, options: RunOptions = {}): Promise<FailureReason | null> {
  const db = options.db ?? getDb();
  const clock = options.clock ?? (() => new Date());
  const [job] = await db.select().from(exportJobs).where(eq(exportJobs.id, jobId)).limit(1);
  if (!job || job.status !== "running") return null;
  const report = job.report as ReportKind;
  const format = job.format as ExportFormat;
  const actor = await loadActor(db, job.requestedBy, clock());
  const auditActor: AuditActor = { id: job.requestedBy, label: actor ? actorLabel(actor) : job.requestedBy };
  const fail = async (reason: FailureReason) => {
    await recordFailure(db, auditActor, job, reason, clock()).catch((error) => logCause(`job ${jobId}`, error));
    return reason;
  };
  if (!actor || !canExportReport(actor.role, report)) return fail("not_allowed");
  const renderer = rendererFor(report, format);
  if (!renderer) return fail("no_renderer");

  const progress = progressWriter(db, jobId, clock);
  let stage = "render" as "render" | "record";
  try {
    await limiter.run(async () => {
      const file = await renderExport(
        {
          db,
          actor,
          renderer,
          report,
          format,
          scope: job.scope as ExportScope,
          locale: job.locale,
          now: clock(),
          directory: options.directory,
          onProgress: progress.update,
        },
        { isolate: !options.db },
      );
      await progress.stop();
      stage = "record";
      await recordOrRemove(db, auditActor, file, clock(), {
        id: jobId,
        done: progress.state.done,
        total: progress.state.total,
      });
    });
    return null;
  } catch (error) {
    await progress.stop();
    logCause(`job ${jobId}`, error);
    return fail(stage === "record" ? "record_failed" : failureOf(error));
  }
}

/**
 * Generate and record an export without a job (the machine API: the caller then streams the
 * file at `path`). `unsafe`: it checks no permission — the caller has authorised the request
 * (an API key's scope). Throws on failure, leaving neither a file nor a history row.
 */
export async function unsafeGenerateExport(request: {
  db?: Db;
  actor: Actor;
  auditActor?: AuditActor;
  report: ReportKind;
  format: ExportFormat;
  scope: ExportScope;
  now?: Date;
  directory?: string;
}): Promise<CompletedExport & { path: string }> {
  const db = request.db ?? getDb();
  const now = request.now ?? new Date();
  const renderer = rendererFor(request.report, request.format);
  if (!renderer) throw new Error(`no renderer for ${request.report} as ${request.format}`);
  const file = await limiter.run(() =>
    renderExport(
      { ...request, db, renderer, author: request.auditActor?.label, locale: request.actor.locale, now },
      { isolate: !request.db },
    ),
  );
  await recordOrRemove(
    db,
    request.auditActor ?? { id: request.actor.id, label: actorLabel(request.actor) },
    file,
    now,
    null,
  );
  return file;
}
