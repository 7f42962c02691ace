import { getDb, type Db, type Executor, type Tx } from "@/db/client";
import { appendAudit, type AuditActor, type AuditEvent } from "@/lib/audit/write";
import { loadCatalogue } from "../purposes/catalogue";
import { ensurePartitions, storeEvents } from "./store-events";
import { validateEventsInSlices, type EventRejection, type ValidatedBatch } from "./validate-events";

/**
 * The one consent ingestion pipeline, used by the API (`ingestBatch`) and the CSV import (the
 * `importConsentEvents` mutation): `prepareConsentBatch` before the transaction, then
 * `storeConsentBatch` inside it, together with the batch's audit entry.
 */
export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: EventRejection[];
}

export interface PreparedConsentBatch {
  received: number;
  batch: ValidatedBatch;
}

/**
 * Step 1, outside any transaction: validate each event on its own against the catalogue, and
 * create the month partitions the valid ones fall in (DDL inside the batch's transaction would
 * hold a lock on the parent table for the whole batch).
 */
export async function prepareConsentBatch(
  db: Executor,
  items: readonly unknown[],
  sender: string,
  now: Date,
): Promise<PreparedConsentBatch> {
  const batch = await validateEventsInSlices(items, await loadCatalogue(db), sender, now);
  await ensurePartitions(
    db,
    batch.valid.map((e) => e.occurredAt),
  );
  return { received: items.length, batch };
}

/**
 * Step 2, inside the change's transaction: store the valid events with their rollups and states.
 * Returns the counts and the batch's audit event (`via` says where the batch came from).
 */
export async function storeConsentBatch(
  tx: Tx,
  prepared: PreparedConsentBatch,
  audit: { action: "consent.ingest" | "consent.import"; via: string },
): Promise<{ result: IngestResult; audit: AuditEvent }> {
  const { batch, received } = prepared;
  const stored = await storeEvents(tx, batch.valid);
  const result: IngestResult = {
    accepted: stored.size,
    duplicates: batch.duplicatesInBatch + (batch.valid.length - stored.size),
    rejected: batch.rejected,
  };
  return {
    result,
    audit: {
      action: audit.action,
      entityType: "consent_batch",
      entityId: null,
      meta: {
        via: audit.via,
        received,
        accepted: result.accepted,
        duplicates: result.duplicates,
        rejected: result.rejected.length,
      },
    },
  };
}

/**
 * A machine's batch: both steps, and ONE audit entry for the batch in the storing transaction
 * when anything was stored (a retried batch adds nothing, not even an entry).
 */
export async function ingestBatch(options: {
  items: readonly unknown[];
  sender: string;
  actor: AuditActor;
  now: Date;
  via: "api";
  db?: Db;
}): Promise<IngestResult> {
  const db = options.db ?? getDb();
  const prepared = await prepareConsentBatch(db, options.items, options.sender, options.now);
  return db.transaction(async (tx) => {
    const { result, audit } = await storeConsentBatch(tx, prepared, { action: "consent.ingest", via: options.via });
    if (result.accepted > 0) await appendAudit(tx, options.actor, audit, options.now);
    return result;
  });
}
