/** Shapes the audit domain sends to the client: types only, safe to import from client components. */

export interface AuditEntryDTO {
  seq: number;
  occurredAt: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  meta: unknown;
  hash: string;
}
