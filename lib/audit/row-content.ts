import type { auditLog } from "@/db/schema";
import type { AuditContent, Json } from "./canonical";

/** What an audit log row's hash covers, as hashed: dates as ISO strings, JSON columns as JSON. */
export function auditContentOf(row: typeof auditLog.$inferSelect): AuditContent {
  return {
    seq: row.seq,
    id: row.id,
    occurredAt: row.occurredAt.toISOString(),
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    before: (row.before ?? null) as Json,
    after: (row.after ?? null) as Json,
    meta: (row.meta ?? null) as Json,
    prevHash: row.prevHash,
  };
}
