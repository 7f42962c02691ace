import { queryOptions } from "@tanstack/react-query";
import type { ExportFormat, ExportScope, ReportKind } from "../contract";
import type { ExportJobDTO } from "./job-status";

/**
 * TanStack Query keys and options of the export centre. Client-safe. The page polls a
 * job's GET route while it runs, then refreshes the history.
 */
export const exportKeys = {
  all: ["exports"] as const,
  history: (viewerId: string) => [...exportKeys.all, "history", viewerId] as const,
  job: (jobId: string) => [...exportKeys.all, "job", jobId] as const,
};

export const JOB_POLL_MS = 1_000;

export interface ReportChoiceDTO {
  report: ReportKind;
  formats: ExportFormat[];
}

export interface ExportHistoryEntryDTO {
  id: string;
  createdAt: string;
  createdBy: string;
  report: ReportKind;
  format: ExportFormat;
  scope: ExportScope;
  fileName: string;
  size: number;
  sha256: string;
  /** When the retention purge deleted the file (ISO), or null while it can be downloaded. */
  expiredAt: string | null;
}

export interface ExportHistoryDTO {
  entries: ExportHistoryEntryDTO[];
  /** At most this many, newest first. */
  limit: number;
}

/** A failed GET, with its status (4xx are not retried). */
export class ExportHttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = "ExportHttpError";
  }
}

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: "no-store", headers: { accept: "application/json" } });
  if (!response.ok) throw new ExportHttpError(response.status);
  return (await response.json()) as T;
}

const retry = (failures: number, error: Error) =>
  !(error instanceof ExportHttpError && error.status < 500) && failures < 2;

export function exportHistoryQueryOptions(viewerId: string) {
  return queryOptions({
    queryKey: exportKeys.history(viewerId),
    queryFn: ({ signal }) => getJson<ExportHistoryDTO>("/api/exports", signal),
    retry,
  });
}

export function exportJobQueryOptions(jobId: string) {
  return queryOptions({
    queryKey: exportKeys.job(jobId),
    queryFn: ({ signal }) => getJson<ExportJobDTO>(`/api/exports/jobs/${encodeURIComponent(jobId)}`, signal),
    // Poll while the file is being written; stop once it is complete or failed.
    refetchInterval: (query) => (query.state.data && query.state.data.status !== "running" ? false : JOB_POLL_MS),
    staleTime: 0,
    retry,
  });
}
