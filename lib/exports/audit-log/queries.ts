import { and, asc, count, desc, eq, gte, lt, lte, max, min } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, organisation } from "@/db/schema";
import type { AuditContent } from "@/lib/audit/canonical";
import { auditContentOf } from "@/lib/audit/row-content";
import { startOfDayInZone } from "@/lib/time/zone-days";

export type AuditLogRow = typeof auditLog.$inferSelect;
/** An entry as hashed (the same fields, dates as ISO strings) plus its hash: a reader can recompute it. */
export type ExtractEntry = AuditContent & { hash: string };

export async function organisationName(db: Executor): Promise<string> {
  const [row] = await db.select({ name: organisation.name }).from(organisation).limit(1);
  return row?.name ?? "";
}

/** The chain's last entry now (null for an empty log). */
export async function auditLogHead(db: Executor): Promise<{ seq: number; hash: string } | null> {
  const [row] = await db
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return row ?? null;
}

export interface ExtractBounds {
  /** [start, end) instants of the period in the organisation's zone. */
  start: Date;
  end: Date;
  /** Entries appended after generation started are left out, so the summary and the rows agree. */
  headSeq: number;
}

export function periodBounds(from: string, to: string, timeZone: string): { start: Date; end: Date } {
  return { start: startOfDayInZone(from, timeZone), end: startOfDayInZone(to, timeZone, 1) };
}

function inExtract(bounds: ExtractBounds) {
  return and(
    gte(auditLog.occurredAt, bounds.start),
    lt(auditLog.occurredAt, bounds.end),
    lte(auditLog.seq, bounds.headSeq),
  );
}

/** How many entries the extract holds and its first and last entries (by sequence number). */
export async function extractSummary(db: Executor, bounds: ExtractBounds) {
  const [span] = await db
    .select({ entries: count(), firstSeq: min(auditLog.seq), lastSeq: max(auditLog.seq) })
    .from(auditLog)
    .where(inExtract(bounds));
  const hashOf = async (seq: number | null | undefined) =>
    seq == null
      ? null
      : ((
          await db
            .select({ hash: auditLog.hash })
            .from(auditLog)
            .where(eq(auditLog.seq, Number(seq)))
        )[0]?.hash ?? null);
  const firstSeq = span?.firstSeq == null ? null : Number(span.firstSeq);
  const lastSeq = span?.lastSeq == null ? null : Number(span.lastSeq);
  return {
    entries: span?.entries ?? 0,
    first: firstSeq === null ? null : { seq: firstSeq, hash: await hashOf(firstSeq) },
    last: lastSeq === null ? null : { seq: lastSeq, hash: await hashOf(lastSeq) },
  };
}

/**
 * The extract's entries in chain order, a page at a time: windows of `pageSize` sequence
 * numbers between the extract's first and last entries, so each query is a primary-key
 * range whatever the planner thinks of the period (constant memory, linear time).
 */
export async function* extractPages(
  db: Executor,
  bounds: ExtractBounds,
  span: { first: { seq: number } | null; last: { seq: number } | null },
  pageSize = 1_000,
): AsyncGenerator<ExtractEntry[]> {
  if (!span.first || !span.last) return;
  for (let low = span.first.seq; low <= span.last.seq; low += pageSize) {
    const high = Math.min(low + pageSize - 1, span.last.seq);
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(inExtract(bounds), gte(auditLog.seq, low), lte(auditLog.seq, high)))
      .orderBy(asc(auditLog.seq));
    if (rows.length > 0) yield rows.map(toExtractEntry);
  }
}

export function toExtractEntry(row: AuditLogRow): ExtractEntry {
  return { ...auditContentOf(row), hash: row.hash };
}
