import { getDb, type Db, type Executor } from "@/db/client";
import { appendAudit, type AuditActor } from "@/lib/audit/write";
import { loadCatalogue } from "./catalogue";
import { ensurePartitions, storeEvents } from "./store-events";
import { validateEvents, validateEventsInSlices, type EventRejection } from "./validate-events";

export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: EventRejection[];
}

/** Counts of a batch once stored: duplicates within the batch plus those already stored. */
export function summarise(validCount: number, storedCount: number, duplicatesInBatch: number, rejected: EventRejection[]): IngestResult {
  return { accepted: storedCount, duplicates: duplicatesInBatch + (validCount - storedCount), rejected };
}

/**
 * A machine's batch: validate each event, store the valid ones with their
 * rollups in one transaction, and write ONE audit entry for the batch when
 * anything was stored (a retried batch adds nothing, not even an entry).
 */
export async function ingestBatch(options: { items: readonly unknown[]; sender: string; actor: AuditActor; now: Date; via: "api"; db?: Db }): Promise<IngestResult> {
  const db = options.db ?? getDb();
  const batch = await validateEventsInSlices(options.items, await loadCatalogue(db), options.sender, options.now);
  await ensurePartitions(db, batch.valid.map((e) => e.occurredAt));
  const stored = await db.transaction(async (tx) => {
    const keys = await storeEvents(tx, batch.valid);
    if (keys.size > 0) await appendAudit(tx, options.actor, batchAudit("consent.ingest", options.items.length, keys.size, batch, options.via), options.now);
    return keys;
  });
  return summarise(batch.valid.length, stored.size, batch.duplicatesInBatch, batch.rejected);
}

export function batchAudit(action: "consent.ingest" | "consent.import", received: number, accepted: number, batch: { valid: unknown[]; duplicatesInBatch: number; rejected: unknown[] }, via: string) {
  return {
    action,
    entityType: "consent_batch" as const,
    entityId: null,
    meta: { via, received, accepted, duplicates: batch.duplicatesInBatch + (batch.valid.length - accepted), rejected: batch.rejected.length },
  };
}

/** The same steps inside an existing transaction (the UI import runs in the action wrapper's). */
export async function ingestInTransaction(tx: Executor, items: readonly unknown[], sender: string, now: Date) {
  const batch = validateEvents(items, await loadCatalogue(tx), sender, now);
  await ensurePartitions(tx, batch.valid.map((e) => e.occurredAt));
  const stored = await storeEvents(tx, batch.valid);
  return { batch, result: summarise(batch.valid.length, stored.size, batch.duplicatesInBatch, batch.rejected) };
}
