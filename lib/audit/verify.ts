import { asc, gt } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog } from "@/db/schema";
import { GENESIS_HASH, hashAuditContent } from "./canonical";
import { auditContentOf } from "./row-content";

export type BreakReason = "hash_mismatch" | "link_mismatch" | "missing_entry";
export interface ChainBreak {
  seq: number;
  id: string | null;
  reason: BreakReason;
}

export type ChainVerdict =
  | { intact: true; entries: number; lastHash: string }
  | {
      intact: false;
      /** Entries read, broken ones included. */
      entries: number;
      /** How many entries are broken (a deleted range counts each missing entry). */
      broken: number;
      firstBroken: ChainBreak;
      lastBroken: ChainBreak;
    };

const BATCH = 2_000;

/** The hash a stored row's content gives, to compare with the hash it stores. */
export function recomputeHash(row: typeof auditLog.$inferSelect): string {
  return hashAuditContent(auditContentOf(row));
}

/**
 * Walk the whole chain in order and recompute every hash. Every entry whose
 * content no longer matches its hash, whose link to the previous entry is wrong,
 * or whose sequence number is missing (deleted) is counted, and the first and
 * last are reported: one broken entry cannot hide later tampering. After a
 * break the walk goes on from the stored hash, so each fault counts once.
 */
export async function verifyAuditChain(db: Executor): Promise<ChainVerdict> {
  let expectedPrev = GENESIS_HASH;
  let expectedSeq = 1;
  let entries = 0;
  let broken = 0;
  let firstBroken: ChainBreak | null = null;
  let lastBroken: ChainBreak | null = null;
  const report = (fault: ChainBreak, count = 1) => {
    broken += count;
    firstBroken ??= fault;
    lastBroken = count > 1 ? { ...fault, seq: fault.seq + count - 1 } : fault;
  };
  let cursor = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, cursor))
      .orderBy(asc(auditLog.seq))
      .limit(BATCH);
    for (const row of rows) {
      entries += 1;
      const gap = row.seq - expectedSeq;
      // The entry after a gap points at a deleted hash: the gap is reported, not its link.
      if (gap > 0) report({ seq: expectedSeq, id: null, reason: "missing_entry" }, gap);
      if (gap === 0 && row.prevHash !== expectedPrev) report({ seq: row.seq, id: row.id, reason: "link_mismatch" });
      else if (recomputeHash(row) !== row.hash) report({ seq: row.seq, id: row.id, reason: "hash_mismatch" });
      expectedPrev = row.hash;
      expectedSeq = row.seq + 1;
      cursor = row.seq;
    }
    if (rows.length < BATCH) break;
  }
  if (firstBroken && lastBroken) return { intact: false, entries, broken, firstBroken, lastBroken };
  return { intact: true, entries, lastHash: expectedPrev };
}
