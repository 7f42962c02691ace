import { queryOptions } from "@tanstack/react-query";
import { fetchJson, retryUnlessRefused } from "@/lib/query/fetch-json";
import type { AuditEntryDTO, RecentActivityDTO } from "./dto";

export type { RecentActivityDTO, RecentEntryDTO } from "./dto";

/**
 * TanStack Query keys and options for the audit domain. Client-safe: no server
 * imports (the DTO import is type-only). The server prefetches with the same
 * options, swapping in a query function that calls the data-access layer.
 */
export const auditKeys = {
  all: ["audit"] as const,
  /** Per viewer: the DPO and the auditor see the whole log, others only their own actions. */
  recent: (viewerId: string) => [...auditKeys.all, "recent", viewerId] as const,
  /** One entry's details (an entry never changes: the log is append-only). */
  entry: (seq: number) => [...auditKeys.all, "entry", seq] as const,
};

export const RECENT_ACTIVITY_REFRESH_MS = 30_000;

export function toRecentActivity(entries: readonly AuditEntryDTO[], now: Date): RecentActivityDTO {
  return {
    entries: entries.map(({ seq, occurredAt, actorLabel, action, entityType, entityId, entityName }) => ({
      seq,
      occurredAt,
      actorLabel,
      action,
      entityType,
      entityId,
      entityName,
    })),
    fetchedAt: now.toISOString(),
  };
}

export function recentActivityQueryOptions(viewerId: string) {
  return queryOptions({
    queryKey: auditKeys.recent(viewerId),
    queryFn: ({ signal }) => fetchJson<RecentActivityDTO>("/api/audit/recent", signal),
    refetchInterval: RECENT_ACTIVITY_REFRESH_MS,
    retry: retryUnlessRefused,
  });
}

/** One entry with its before / after / context, fetched when its row is opened; kept, since entries never change. */
export function auditEntryQueryOptions(seq: number) {
  return queryOptions({
    queryKey: auditKeys.entry(seq),
    queryFn: ({ signal }) => fetchJson<AuditEntryDTO>(`/api/audit/entries/${seq}`, signal),
    staleTime: Infinity,
    retry: retryUnlessRefused,
  });
}
