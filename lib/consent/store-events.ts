import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
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
  // Months as numbers (year × 12 + month): this runs for every event of every batch.
  const months = new Set(instants.map((at) => at.getUTCFullYear() * 12 + at.getUTCMonth()));
  for (const month of months) {
    const start = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-01T00:00:00Z`;
    await db.execute(sql`select consent_ensure_partition(${start}::timestamptz)`);
  }
}

/**
 * The batch's work tables, created once per connection (no catalog churn per batch) and emptied at
 * each commit. Returns the row count the planner's statistics on them assume (null: none yet).
 */
async function prepareWorkTables(tx: Executor): Promise<number | null> {
  const [info] = rowsOf<{ planned: number | null }>(
    await tx.execute(sql`select (select reltuples from pg_class where oid = to_regclass('pg_temp.consent_new'))::float8 as planned`),
  );
  const planned = info?.planned == null ? null : Number(info.planned);
  if (planned === null) {
    await tx.execute(sql`create temp table if not exists consent_new (
      occurred_at timestamptz(3), event_key bigint, subscriber_ref text, purpose_id uuid, is_grant boolean,
      channel text, text_version text, event_id text) on commit delete rows`);
    await tx.execute(sql`create temp table if not exists consent_pairs (
      subscriber_ref text, purpose_id uuid, state_before boolean, latest_occurred_at timestamptz(3), latest_event_key bigint, row_id tid) on commit delete rows`);
  }
  return planned === null || planned < 0 ? null : planned;
}

/**
 * The hot path, inside the caller's transaction: set-based SQL through the
 * driver (the batch as one JSON parameter, INSERT ... SELECT FROM json_to_recordset), never
 * Drizzle's row builder. Stores the events whose key is new, then updates the daily
 * rollups and current states so that they equal a recomputation in event order
 * (see updateRollups). Returns the keys actually stored.
 */
export async function storeEvents(tx: Executor, events: readonly StorableEvent[], timing?: (step: string, ms: number) => void): Promise<Set<string>> {
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
  // One JSON parameter for the whole batch: PostgreSQL parses it natively, whatever the number of rows. What
  // repeats (the sender, the purpose ids) travels once; empty optional fields not at all.
  const sender = events[0]!.sender;
  const purposes = new Map<string, number>();
  const rows = JSON.stringify(
    events.map((e) => {
      let p = purposes.get(e.purposeId);
      if (p === undefined) purposes.set(e.purposeId, (p = purposes.size + 1));
      return { o: e.occurredAt.toISOString(), k: e.key, s: e.subscriberRef, p, g: e.isGrant, c: e.channel, v: e.textVersion, e: e.eventId, w: e.sender === sender ? undefined : e.sender, r: e.source ?? undefined, x: e.proof ?? undefined };
    }),
  );
  await tx.execute(sql`
    with batch_purposes as (
      select array_agg(id::uuid order by n) as ids from json_array_elements_text(${JSON.stringify([...purposes.keys()])}::json) with ordinality as t(id, n)
    ), input as (
      select r.o, r.k, r.s, b.ids[r.p] as p, r.g, r.c, r.v, r.e, coalesce(r.w, ${sender}) as w, r.r, r.x
      from batch_purposes b, json_to_recordset(${rows}::json)
        as r(o timestamptz(3), k bigint, s text, p int, g boolean, c text, v text, e text, w text, r text, x jsonb)
    ), fresh as (
      -- In key order, so that two batches retrying the same events wait on each other in one order, never in a cycle.
      insert into consent_event_keys (key) select k from input order by k on conflict do nothing returning key
    ), stored as (
      insert into consent_events (occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id, sender, source, proof)
      select i.o, i.k, i.s, i.p, i.g, i.c, i.v, i.e, i.w, i.r, i.x from input i join fresh f on f.key = i.k
      returning occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id
    )
    insert into consent_new select * from stored`);
  lap("events");
  // The planner needs statistics on the work tables (or it may scan the state table instead of probing it);
  // they last as long as the connection, so they are refreshed only when the batch size changes a lot.
  const restat = plannedRows === null || events.length > plannedRows * 4 || events.length * 4 < plannedRows;
  if (restat) await tx.execute(sql`analyze consent_new`);
  const stored = rowsOf<{ key: string }>(await tx.execute(sql`select event_key::text as key from consent_new`));
  if (stored.length > 0) {
    await lockPairs(tx, restat);
    lap("lock");
    await updateStates(tx);
    lap("states");
    await updateRollups(tx);
    lap("rollups");
  }
  // The work tables live as long as the connection (no catalog churn per batch); empty them for a next call in this transaction.
  await tx.execute(sql`delete from consent_new`);
  if (stored.length > 0) await tx.execute(sql`delete from consent_pairs`);
  return new Set(stored.map((row) => String(row.key)));
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
async function updateRollups(tx: Executor): Promise<void> {
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
        where e.subscriber_ref = p.subscriber_ref and e.purpose_id = p.purpose_id
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
             sum(case when first then sign else 0 end)::int as first_asked
      from contributions group by 1, 2, 3, 4
    )
    insert into consent_daily (purpose_id, day, channel, text_version, grants, withdrawals, net_opted_in, first_asked)
    select purpose_id, day, channel, text_version, grants, withdrawals, net, first_asked from delta
    where grants <> 0 or withdrawals <> 0 or net <> 0 or first_asked <> 0
    order by purpose_id, day, channel, text_version
    on conflict (purpose_id, day, channel, text_version) do update set
      grants = consent_daily.grants + excluded.grants,
      withdrawals = consent_daily.withdrawals + excluded.withdrawals,
      net_opted_in = consent_daily.net_opted_in + excluded.net_opted_in,
      first_asked = consent_daily.first_asked + excluded.first_asked`);
}

/**
 * Lock the state of every subscriber × purpose of the batch and keep what it was before
 * (`consent_pairs`): a pair never seen is inserted with its final state straight away (the
 * uncommitted row is the lock), an existing one is locked FOR UPDATE. Both in pair order, so
 * concurrent batches on shared pairs queue behind one another and batches on different
 * subscribers — nearly all of them — run in parallel. Whoever waits reads the committed state
 * and events of the batch it waited for, as if the two had arrived one after the other.
 */
async function lockPairs(tx: Executor, analyze: boolean): Promise<void> {
  await tx.execute(sql`
    with inserted as (
      insert into consent_state (subscriber_ref, purpose_id, opted_in, latest_occurred_at, latest_event_key, latest_event_id)
      select distinct on (subscriber_ref, purpose_id) subscriber_ref, purpose_id, is_grant, occurred_at, event_key, event_id
      from consent_new order by subscriber_ref, purpose_id, occurred_at desc, event_key desc
      on conflict do nothing
      returning subscriber_ref, purpose_id
    )
    insert into consent_pairs select subscriber_ref, purpose_id, null, null, null, null from inserted`);
  await tx.execute(sql`
    insert into consent_pairs
    select s.subscriber_ref, s.purpose_id, s.opted_in, s.latest_occurred_at, s.latest_event_key, s.ctid
    from consent_state s
    join (select distinct subscriber_ref, purpose_id from consent_new) n using (subscriber_ref, purpose_id)
    where not exists (select 1 from consent_pairs p where p.subscriber_ref = s.subscriber_ref and p.purpose_id = s.purpose_id)
    order by s.subscriber_ref, s.purpose_id
    for update of s`);
  if (analyze) await tx.execute(sql`analyze consent_pairs`);
}

/**
 * An existing state moves only when a new event is later than the stored one (new pairs were
 * written by lockPairs). Rows are reached by the physical address read under lock (a TID scan):
 * the planner would otherwise scan the whole state table to join a few thousand rows.
 */
async function updateStates(tx: Executor): Promise<void> {
  await tx.execute(sql`
    with latest as (
      select distinct on (n.subscriber_ref, n.purpose_id) p.row_id, n.is_grant, n.occurred_at, n.event_key, n.event_id
      from consent_new n join consent_pairs p using (subscriber_ref, purpose_id)
      where p.row_id is not null and (n.occurred_at, n.event_key) > (p.latest_occurred_at, p.latest_event_key)
      order by n.subscriber_ref, n.purpose_id, n.occurred_at desc, n.event_key desc
    )
    update consent_state s set
      opted_in = latest.is_grant, latest_occurred_at = latest.occurred_at,
      latest_event_key = latest.event_key, latest_event_id = latest.event_id
    from latest
    where s.ctid = any(array(select row_id from latest)) and s.ctid = latest.row_id`);
}
