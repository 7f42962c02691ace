import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { AuditAction, AuditEntityType } from "./events";
import { GENESIS_HASH, hashAuditContent, toJson, toStoredColumn, type AuditContent } from "./canonical";

export interface AuditActor {
  id: string | null;
  label: string;
}

export interface AuditEvent {
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  meta?: unknown;
}

/** Any constant will do: it names the lock that serialises writers of the chain. */
const AUDIT_CHAIN_LOCK = 7_426_001;

/**
 * Append one entry to the hash chain, inside the caller's transaction: it takes a `Tx`, not the
 * database, so an entry can only be written in the transaction of the change it records. The
 * transaction-scoped advisory lock makes concurrent writers take turns: each
 * reads the previous hash only after the previous writer committed or rolled
 * back, so the chain never forks and no entry is lost.
 */
export async function appendAudit(
  tx: Tx,
  actor: AuditActor,
  event: AuditEvent,
  now: Date = new Date(),
): Promise<AuditContent & { hash: string }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const last = rowsOf<{ seq: string | number; hash: string }>(
    await tx.execute(sql`select seq, hash from audit_log order by seq desc limit 1`),
  )[0];
  const content: AuditContent = {
    seq: last ? Number(last.seq) + 1 : 1,
    id: randomUUID(),
    occurredAt: new Date(now.getTime()).toISOString(),
    actorId: actor.id,
    // Every text in its stored form: what is hashed is exactly what the database keeps.
    actorLabel: toStoredColumn(actor.label),
    action: toStoredColumn(event.action),
    entityType: toStoredColumn(event.entityType),
    entityId: event.entityId == null ? null : toStoredColumn(event.entityId),
    before: toJson(event.before),
    after: toJson(event.after),
    meta: toJson(event.meta),
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashAuditContent(content);
  await tx.insert(auditLog).values({
    ...content,
    occurredAt: new Date(content.occurredAt),
    before: content.before,
    after: content.after,
    meta: content.meta,
    hash,
  });
  return { ...content, hash };
}
