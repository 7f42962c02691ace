import { asc, gt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";
import { GENESIS_HASH, hashAuditContent } from "./canonical";
import { auditContentOf } from "./row-content";

export type ChainVerdict =
  | { intact: true; entries: number; lastHash: string }
  | {
      intact: false;
      entries: number;
      brokenAt: { seq: number; id: string | null; reason: "hash_mismatch" | "link_mismatch" | "missing_entry" };
    };

const BATCH = 2_000;

/**
 * Walk the whole chain in order and recompute every hash. Reports the first
 * entry whose content no longer matches its hash, whose link to the previous
 * entry is wrong, or whose sequence number shows that an entry was removed.
 */
export async function verifyAuditChain(db: Executor): Promise<ChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  let cursor = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, cursor))
      .orderBy(asc(auditLog.seq))
      .limit(BATCH);
    for (const row of rows) {
      if (row.seq !== expectedSeq) {
        return { intact: false, entries: count, brokenAt: { seq: expectedSeq, id: null, reason: "missing_entry" } };
      }
      if (row.prevHash !== expectedPrev) {
        return { intact: false, entries: count, brokenAt: { seq: row.seq, id: row.id, reason: "link_mismatch" } };
      }
      const recomputed = hashAuditContent(auditContentOf(row));
      if (recomputed !== row.hash) {
        return { intact: false, entries: count, brokenAt: { seq: row.seq, id: row.id, reason: "hash_mismatch" } };
      }
      expectedPrev = row.hash;
      expectedSeq += 1;
      count += 1;
      cursor = row.seq;
    }
    if (rows.length < BATCH) break;
  }
  return { intact: true, entries: count, lastHash: expectedPrev };
}
