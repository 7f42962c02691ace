/** Shapes the audit domain sends to the client: types only, safe to import from client components. */

export interface AuditEntryDTO {
  seq: number;
  occurredAt: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  /** What people call the entity (e.g. `INC-2026-0007 — Fuite…`, an API key's name), resolved when read; null when unknown. */
  entityName: string | null;
  before: unknown;
  after: unknown;
  meta: unknown;
  hash: string;
}

/** One line of the overview's recent-activity card: no before/after/meta, only what it shows. */
export type RecentEntryDTO = Pick<
  AuditEntryDTO,
  "seq" | "occurredAt" | "actorLabel" | "action" | "entityType" | "entityId" | "entityName"
>;

export interface RecentActivityDTO {
  entries: RecentEntryDTO[];
  /** When the server read the entries: relative times are computed from it, identically on server and client. */
  fetchedAt: string;
}
