/**
 * What the page shows of an export job. Client-safe and pure (`now` is given): a job
 * still "running" whose heartbeat stopped belongs to a process that died, so it is
 * shown as failed ("interrupted") instead of spinning forever.
 */
export const failureReasons = [
  "interrupted",
  "no_renderer",
  "not_allowed",
  "disk_full",
  "storage_unwritable",
  "render_failed",
  "record_failed",
] as const;
export type FailureReason = (typeof failureReasons)[number];

/** The runner beats at least this often while it works… */
export const HEARTBEAT_MS = 2_000;
/** …so a silence this long means the process is gone. */
export const STALE_AFTER_MS = 60_000;

export interface ExportJobDTO {
  id: string;
  report: string;
  format: string;
  status: "running" | "succeeded" | "failed";
  done: number;
  total: number | null;
  bytes: number;
  failure: FailureReason | null;
  /** The history row, once the file is complete. */
  exportId: string | null;
  requestedAt: string;
}

export interface ExportJobRow {
  id: string;
  report: string;
  format: string;
  status: "running" | "succeeded" | "failed";
  done: number;
  total: number | null;
  bytes: number;
  failure: string | null;
  exportId: string | null;
  requestedAt: Date;
  heartbeatAt: Date;
}

export function isStale(job: Pick<ExportJobRow, "status" | "heartbeatAt">, now: Date): boolean {
  return job.status === "running" && now.getTime() - job.heartbeatAt.getTime() > STALE_AFTER_MS;
}

export function toFailureReason(value: string | null): FailureReason | null {
  if (value === null) return null;
  return (failureReasons as readonly string[]).includes(value) ? (value as FailureReason) : "render_failed";
}

export function toJobDTO(job: ExportJobRow, now: Date): ExportJobDTO {
  const stale = isStale(job, now);
  return {
    id: job.id,
    report: job.report,
    format: job.format,
    status: stale ? "failed" : job.status,
    done: job.done,
    total: job.total,
    bytes: job.bytes,
    failure: stale ? "interrupted" : toFailureReason(job.failure),
    exportId: job.exportId,
    requestedAt: job.requestedAt.toISOString(),
  };
}

/** Progress as a fraction in [0, 1], or null when the report cannot count its rows. */
export function progressFraction(job: Pick<ExportJobDTO, "status" | "done" | "total">): number | null {
  if (job.status === "succeeded") return 1;
  if (job.total === null || job.total <= 0) return null;
  return Math.min(1, Math.max(0, job.done / job.total));
}

/** Why writing failed, from the error's system code (the detail goes to the server log only). */
export function failureOf(error: unknown): FailureReason {
  const code = (error as { code?: unknown })?.code;
  if (code === "ENOSPC" || code === "EDQUOT") return "disk_full";
  if (code === "EACCES" || code === "EPERM" || code === "EROFS" || code === "ENOENT" || code === "ENOTDIR")
    return "storage_unwritable";
  return "render_failed";
}
