import { sql } from "drizzle-orm";
import { rowsOf, type Executor, type Tx } from "@/db/client";
import { pgArrayLiteral } from "@/db/pg-array";
import { sqlStateOf, UNIQUE_VIOLATION } from "@/db/sql-state";
import { claimPairs, updateStates } from "./pair-state";
import { updateRollups } from "./update-rollups";

/** One validated event, ready to store (its idempotency key already computed). */
export interface StorableEvent {
  key: string;
  occurredAt: Date;
  subscriberRef: string;
  purposeId: string;
  isGrant: boolean;
  channel: string;
  textVersion: string;
  eventId: string;
  sender: string;
  source: string | null;
  proof: Record<string, unknown> | null;
}

/**
 * Names the rebuild's lock (any constant). Ingestion batches hold it shared, so they run side by
 * side; `npm run consent:rebuild` holds it alone, so no batch interleaves with a recomputation.
 * Batches touching the same subscriber × purpose are ordered by row locks on its state instead.
 */
export const CONSENT_ROLLUP_LOCK = 7_426_005;

/**
 * Create the month partitions these events fall in when missing (late or early
 * events). Run it before the batch's transaction: DDL there would hold a lock
 * on the parent table for the whole batch.
 */
export async function ensurePartitions(db: Executor, instants: readonly Date[]): Promise<void> {
  // Months as numbers (year × 12 + month). This runs for every event of every batch, and a batch
  // mostly holds a few days: an instant inside the last month found skips the calendar arithmetic.
  const months = new Set<number>();
  let [from, to] = [Infinity, -Infinity];
  for (const at of instants) {
    const ms = at.getTime();
    if (ms >= from && ms < to) continue;
    const month = at.getUTCFullYear() * 12 + at.getUTCMonth();
    months.add(month);
    [from, to] = [
      Date.UTC(Math.floor(month / 12), month % 12, 1),
      Date.UTC(Math.floor(month / 12), (month % 12) + 1, 1),
    ];
  }
  for (const month of months) {
    const start = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-01T00:00:00Z`;
    await db.execute(sql`select consent_ensure_partition(${start}::timestamptz)`);
  }
}

/**
 * The batch's work tables, created once per connection (no catalog churn per batch) and emptied at
 * each commit. Returns the row count the planner's statistics on them assume (null: none yet).
 */
async function prepareWorkTables(tx: Tx): Promise<number | null> {
  const [info] = rowsOf<{ planned: number | null }>(
    await tx.execute(
      sql`select (select reltuples from pg_class where oid = to_regclass('pg_temp.consent_new'))::float8 as planned`,
    ),
  );
  const planned = info?.planned == null ? null : Number(info.planned);
  if (planned === null) {
    await tx.execute(sql`create temp table if not exists consent_new (
      occurred_at timestamptz(3), event_key bigint, subscriber_ref text collate "C", purpose_id uuid, is_grant boolean,
      channel text, text_version text, event_id text) on commit delete rows`);
    await tx.execute(sql`create temp table if not exists consent_pairs (
      subscriber_ref text collate "C", purpose_id uuid, state_before boolean, latest_occurred_at timestamptz(3), latest_event_key bigint, row_id tid) on commit delete rows`);
  }
  return planned === null || planned < 0 ? null : planned;
}

/** Transactions that already stored a batch (their work tables hold its rows until commit). */
const transactionsWithBatch = new WeakSet<Tx>();

/**
 * The hot path, inside the caller's transaction: set-based SQL through the
 * driver (the batch as one array parameter per column, INSERT ... SELECT FROM unnest), never
 * Drizzle's row builder. Stores the events whose key is new, then updates the daily
 * rollups and current states so that they equal a recomputation in event order
 * (see ./update-rollups.ts). Returns the keys actually stored.
 */
export async function storeEvents(
  tx: Tx,
  events: readonly StorableEvent[],
  timing?: (step: string, ms: number) => void,
): Promise<Set<string>> {
  let mark = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    timing?.(step, now - mark);
    mark = now;
  };
  if (events.length === 0) return new Set();
  // JIT compilation of these plans costs seconds per batch on large tables for queries that run in milliseconds.
  await tx.execute(sql`set local jit = off`);
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${CONSENT_ROLLUP_LOCK})`);
  const plannedRows = await prepareWorkTables(tx);
  // The work tables are emptied at commit; only a second batch in the same transaction empties them first.
  if (transactionsWithBatch.has(tx)) {
    await tx.execute(sql`delete from consent_new`);
    await tx.execute(sql`delete from consent_pairs`);
  }
  transactionsWithBatch.add(tx);
  const payload = batchColumns(events);
  // The planner needs statistics on the work tables (or it may scan the state table instead of probing it);
  // they last as long as the connection, so they are refreshed only when the batch size changes a lot.
  const restat = plannedRows === null || events.length > plannedRows * 4 || events.length * 4 < plannedRows;
  // Optimistic first, under a savepoint (the driver's, which knows the error is handled): the
  // idempotency keys with a plain INSERT. Only a retried batch holds a key already stored; it raises
  // a unique violation, the insert is undone and done again skipping known keys ON CONFLICT DO NOTHING,
  // whose speculative insertion costs every other batch's keys an extra index probe, a lock and a WAL record.
  let stored: Set<string>;
  try {
    await tx.transaction((savepoint) => insertEvents(savepoint, payload, "optimistic"));
    // No unique violation: every event of the batch was stored.
    stored = new Set(events.map((event) => event.key));
  } catch (error) {
    if (sqlStateOf(error) !== UNIQUE_VIOLATION) throw error;
    await insertEvents(tx, payload, "retried");
    stored = new Set(
      rowsOf<{ key: string }>(await tx.execute(sql`select event_key::text as key from consent_new`)).map(
        (row) => row.key,
      ),
    );
  }
  lap("events");
  if (restat) await tx.execute(sql`analyze consent_new`);
  if (stored.size > 0) {
    await claimPairs(tx, restat);
    lap("claim");
    await updateStates(tx);
    lap("states");
    await updateRollups(tx);
    lap("rollups");
  }
  return stored;
}

interface BatchColumns {
  sender: string;
  purposeIds: string;
  occurredAt: string;
  keys: string;
  subscriberRefs: string;
  purposes: string;
  grants: string;
  channels: string;
  textVersions: string;
  eventIds: string;
  /** Null when every event has the batch's sender (or no source, or no proof): unnest pads it with NULLs. */
  senders: string | null;
  sources: string | null;
  proofs: string | null;
}

/**
 * The batch as one array parameter per column (PostgreSQL parses arrays about twice as fast as
 * json_to_recordset). What repeats travels once: the sender, and the purpose ids as indexes into
 * a short array; a column that is empty for the whole batch not at all.
 */
function batchColumns(events: readonly StorableEvent[]): BatchColumns {
  const sender = events[0]!.sender;
  const purposeIndex = new Map<string, number>();
  const column = <T>(pick: (e: StorableEvent) => T) => events.map(pick);
  const optional = (values: (string | null)[]) => (values.some((v) => v !== null) ? pgArrayLiteral(values) : null);
  // Each event's purpose as its 1-based index into purposeIds (filled while numbering).
  const purposes = pgArrayLiteral(
    column((e) => {
      let index = purposeIndex.get(e.purposeId);
      if (index === undefined) purposeIndex.set(e.purposeId, (index = purposeIndex.size + 1));
      return index;
    }),
  );
  return {
    sender,
    // Milliseconds since the epoch: cheaper than ISO text on both sides (toISOString, then timestamptz parsing).
    occurredAt: pgArrayLiteral(column((e) => e.occurredAt.getTime())),
    keys: pgArrayLiteral(column((e) => e.key)),
    subscriberRefs: pgArrayLiteral(column((e) => e.subscriberRef)),
    purposes,
    purposeIds: pgArrayLiteral([...purposeIndex.keys()]),
    grants: pgArrayLiteral(column((e) => (e.isGrant ? "t" : "f"))),
    channels: pgArrayLiteral(column((e) => e.channel)),
    textVersions: pgArrayLiteral(column((e) => e.textVersion)),
    eventIds: pgArrayLiteral(column((e) => e.eventId)),
    senders: optional(column((e) => (e.sender === sender ? null : e.sender))),
    sources: optional(column((e) => e.source)),
    proofs: optional(column((e) => (e.proof ? JSON.stringify(e.proof) : null))),
  };
}

/**
 * Store the events whose idempotency key is new and copy them to the work table `consent_new`
 * (which then holds exactly the stored events). `optimistic` inserts the keys with a plain INSERT (a known key is a unique
 * violation), `retried` skips known keys ON CONFLICT DO NOTHING — in key order, so that two
 * batches retrying the same events wait on each other in one order, never in a cycle.
 */
async function insertEvents(tx: Tx, batch: BatchColumns, mode: "optimistic" | "retried"): Promise<void> {
  await tx.execute(sql`
    with input as (
      select (timestamptz 'epoch' + event.occurred_ms * interval '1 millisecond')::timestamptz(3) as occurred_at,
             event.event_key, event.subscriber_ref, (${batch.purposeIds}::uuid[])[event.purpose_index] as purpose_id,
             event.is_grant, event.channel, event.text_version, event.event_id,
             coalesce(event.sender, ${batch.sender}) as sender, event.source, event.proof
      from unnest(${batch.occurredAt}::int8[], ${batch.keys}::int8[], ${batch.subscriberRefs}::text[],
        ${batch.purposes}::int[], ${batch.grants}::bool[], ${batch.channels}::text[], ${batch.textVersions}::text[],
        ${batch.eventIds}::text[], ${batch.senders}::text[], ${batch.sources}::text[], ${batch.proofs}::jsonb[])
        as event(occurred_ms, event_key, subscriber_ref, purpose_index, is_grant, channel, text_version, event_id,
                 sender, source, proof)
    ), fresh as (
      insert into consent_event_keys (key) select event_key from input order by event_key
      ${mode === "retried" ? sql`on conflict do nothing` : sql``}
      returning key
    ), stored as (
      insert into consent_events (occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version,
                                  event_id, sender, source, proof)
      select input.occurred_at, input.event_key, input.subscriber_ref, input.purpose_id, input.is_grant, input.channel,
             input.text_version, input.event_id, input.sender, input.source, input.proof
      from input join fresh on fresh.key = input.event_key
      returning occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id
    )
    insert into consent_new select * from stored`);
}
