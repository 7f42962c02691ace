import { sql } from "drizzle-orm";
import { rowsOf, type Executor, type Tx } from "@/db/client";
import { pgArrayLiteral } from "@/db/pg-array";
import { sqlStateOf, UNIQUE_VIOLATION } from "@/db/sql-state";
import { claimPairs, updateStates } from "./pair-state";
import { ROLLUP_TIME_ZONE } from "./rollup";

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
 * (see updateRollups). Returns the keys actually stored.
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
      select (timestamptz 'epoch' + r.o * interval '1 millisecond')::timestamptz(3) as o, r.k, r.s, (${batch.purposeIds}::uuid[])[r.p] as p,
             r.g, r.c, r.v, r.e, coalesce(r.w, ${batch.sender}) as w, r.r, r.x
      from unnest(${batch.occurredAt}::int8[], ${batch.keys}::int8[], ${batch.subscriberRefs}::text[],
        ${batch.purposes}::int[], ${batch.grants}::bool[], ${batch.channels}::text[], ${batch.textVersions}::text[], ${batch.eventIds}::text[],
        ${batch.senders}::text[], ${batch.sources}::text[], ${batch.proofs}::jsonb[]) as r(o, k, s, p, g, c, v, e, w, r, x)
    ), fresh as (
      insert into consent_event_keys (key) select k from input order by k
      ${mode === "retried" ? sql`on conflict do nothing` : sql``}
      returning key
    ), stored as (
      insert into consent_events (occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id, sender, source, proof)
      select i.o, i.k, i.s, i.p, i.g, i.c, i.v, i.e, i.w, i.r, i.x from input i join fresh f on f.key = i.k
      returning occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id
    )
    insert into consent_new select * from stored`);
}

/**
 * Each event contributes to the rollup of its own day, channel and text version:
 * +1 grant or withdrawal, a net change decided by the state just before it, and
 * +1 "first asked" when nothing precedes it. A late event (older than the stored
 * state) changes what precedes its successor, so for such subscriber × purpose
 * pairs the whole (short) history is replayed: delta = contributions with the
 * new events − contributions without them. In-order pairs only need the stored
 * state. Either way incremental == rebuild, whatever the arrival order.
 */
async function updateRollups(tx: Tx): Promise<void> {
  await tx.execute(sql`
    with pairs as (
      select n.subscriber_ref, n.purpose_id, s.state_before,
             coalesce(bool_or((n.occurred_at, n.event_key) < (s.latest_occurred_at, s.latest_event_key)), false) as late
      from consent_new n join consent_pairs s using (subscriber_ref, purpose_id)
      group by n.subscriber_ref, n.purpose_id, s.state_before
    ), in_order as (
      select n.purpose_id, n.occurred_at, n.channel, n.text_version, n.is_grant, 1 as sign, true as counted,
             case when row_number() over w = 1 then p.state_before else lag(n.is_grant) over w end as prev,
             (row_number() over w = 1 and p.state_before is null) as first
      from consent_new n join pairs p using (subscriber_ref, purpose_id)
      where not p.late
      window w as (partition by n.subscriber_ref, n.purpose_id order by n.occurred_at, n.event_key)
    ), history as (
      -- One index probe per late pair (LATERAL), never a scan of the whole events table.
      select p.subscriber_ref, p.purpose_id, h.occurred_at, h.event_key, h.is_grant, h.channel, h.text_version,
             h.event_key in (select event_key from consent_new) as is_new
      from pairs p cross join lateral (
        select e.occurred_at, e.event_key, e.is_grant, e.channel, e.text_version from consent_events e
        -- The events' index is in the default collation; the work tables compare bytewise like the state.
        where e.subscriber_ref = p.subscriber_ref collate "default" and e.purpose_id = p.purpose_id
        offset 0 -- a fence: keeps the planner from flattening this into a scan-and-merge of every partition
      ) h
      where p.late
    ), replay_after as (
      select purpose_id, occurred_at, channel, text_version, is_grant, 1 as sign, is_new as counted,
             lag(is_grant) over w as prev, row_number() over w = 1 as first
      from history window w as (partition by subscriber_ref, purpose_id order by occurred_at, event_key)
    ), replay_before as (
      select purpose_id, occurred_at, channel, text_version, is_grant, -1 as sign, false as counted,
             lag(is_grant) over w as prev, row_number() over w = 1 as first
      from history where not is_new window w as (partition by subscriber_ref, purpose_id order by occurred_at, event_key)
    ), contributions as (
      select * from in_order union all select * from replay_after union all select * from replay_before
    ), delta as (
      select purpose_id, (occurred_at at time zone ${ROLLUP_TIME_ZONE})::date as day, channel, text_version,
             sum(case when counted and is_grant then 1 else 0 end)::int as grants,
             sum(case when counted and not is_grant then 1 else 0 end)::int as withdrawals,
             sum(sign * case when is_grant and prev is not true then 1 when not is_grant and prev is true then -1 else 0 end)::int as net,
             sum(case when first then sign else 0 end)::int as first_asked,
             -- Each event's kind by the state before it (rollup.ts answerKind), replayed like net.
             sum(case when first and is_grant then sign else 0 end)::int as first_grants,
             sum(case when first and not is_grant then sign else 0 end)::int as first_refusals,
             sum(case when not is_grant and prev is true then sign else 0 end)::int as effective_withdrawals,
             sum(case when is_grant and prev is false then sign else 0 end)::int as regrants,
             sum(case when prev = is_grant then sign else 0 end)::int as repeats
      from contributions group by 1, 2, 3, 4
    )
    insert into consent_daily (purpose_id, day, channel, text_version, grants, withdrawals, net_opted_in, first_asked,
      first_grants, first_refusals, effective_withdrawals, regrants, repeats)
    select purpose_id, day, channel, text_version, grants, withdrawals, net, first_asked,
      first_grants, first_refusals, effective_withdrawals, regrants, repeats from delta
    where grants <> 0 or withdrawals <> 0 or net <> 0 or first_asked <> 0
      or first_grants <> 0 or first_refusals <> 0 or effective_withdrawals <> 0 or regrants <> 0 or repeats <> 0
    order by purpose_id, day, channel, text_version
    on conflict (purpose_id, day, channel, text_version) do update set
      grants = consent_daily.grants + excluded.grants,
      withdrawals = consent_daily.withdrawals + excluded.withdrawals,
      net_opted_in = consent_daily.net_opted_in + excluded.net_opted_in,
      first_asked = consent_daily.first_asked + excluded.first_asked,
      first_grants = consent_daily.first_grants + excluded.first_grants,
      first_refusals = consent_daily.first_refusals + excluded.first_refusals,
      effective_withdrawals = consent_daily.effective_withdrawals + excluded.effective_withdrawals,
      regrants = consent_daily.regrants + excluded.regrants,
      repeats = consent_daily.repeats + excluded.repeats`);
}
