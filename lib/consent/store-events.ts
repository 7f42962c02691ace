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

/** A PostgreSQL array literal of text values (NULL for null): one parameter however many rows. */
export function pgArray(values: readonly (string | null)[]): string {
  return `{${values.map((v) => (v === null ? "NULL" : `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`)).join(",")}}`;
}

/** Serialises the state-and-rollup step of concurrent batches (any constant: it names the lock). */
export const CONSENT_ROLLUP_LOCK = 7_426_005;

/**
 * Create the month partitions these events fall in when missing (late or early
 * events). Run it before the batch's transaction: DDL there would hold a lock
 * on the parent table for the whole batch.
 */
export async function ensurePartitions(db: Executor, instants: readonly Date[]): Promise<void> {
  const months = new Set(instants.map((at) => `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, "0")}-01T00:00:00Z`));
  for (const month of months) await db.execute(sql`select consent_ensure_partition(${month}::timestamptz)`);
}

/**
 * The hot path, inside the caller's transaction: set-based SQL through the
 * driver (one array parameter per column, INSERT ... SELECT FROM unnest), never Drizzle's
 * row builder. Stores the events whose key is new, then updates the daily
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
  await tx.execute(sql`create temp table if not exists consent_new (
    occurred_at timestamptz(3), event_key bigint, subscriber_ref text, purpose_id uuid, is_grant boolean,
    channel text, text_version text, event_id text, sender text, source text, proof jsonb) on commit drop`);
  const column = (pick: (e: StorableEvent) => string | null) => pgArray(events.map(pick));
  await tx.execute(sql`
    with input as (
      select * from unnest(
        ${column((e) => e.occurredAt.toISOString())}::timestamptz[], ${column((e) => e.key)}::bigint[], ${column((e) => e.subscriberRef)}::text[],
        ${column((e) => e.purposeId)}::uuid[], ${column((e) => (e.isGrant ? "t" : "f"))}::boolean[], ${column((e) => e.channel)}::text[],
        ${column((e) => e.textVersion)}::text[], ${column((e) => e.eventId)}::text[], ${column((e) => e.sender)}::text[],
        ${column((e) => e.source)}::text[], ${column((e) => (e.proof ? JSON.stringify(e.proof) : null))}::text[]
      ) as r(occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id, sender, source, proof)
    ), fresh as (
      insert into consent_event_keys (key) select event_key from input on conflict do nothing returning key
    )
    insert into consent_new
    select i.occurred_at, i.event_key, i.subscriber_ref, i.purpose_id, i.is_grant, i.channel, i.text_version, i.event_id, i.sender, i.source, i.proof::jsonb
    from input i join fresh f on f.key = i.event_key`);
  lap("keys");
  await tx.execute(sql`
    insert into consent_events (occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id, sender, source, proof)
    select occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id, sender, source, proof from consent_new`);
  lap("events");
  // A fresh temp table has no statistics: without them the planner may scan the state table instead of probing it.
  await tx.execute(sql`analyze consent_new`);
  const stored = rowsOf<{ key: string }>(await tx.execute(sql`select event_key::text as key from consent_new`));
  if (stored.length > 0) {
    await tx.execute(sql`select pg_advisory_xact_lock(${CONSENT_ROLLUP_LOCK})`);
    lap("lock");
    await updateRollups(tx);
    lap("rollups");
    await updateStates(tx);
    lap("states");
  }
  await tx.execute(sql`drop table if exists consent_new`);
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
      select n.subscriber_ref, n.purpose_id, s.opted_in as state_before,
             coalesce(bool_or((n.occurred_at, n.event_key) < (s.latest_occurred_at, s.latest_event_key)), false) as late
      from consent_new n left join consent_state s using (subscriber_ref, purpose_id)
      group by n.subscriber_ref, n.purpose_id, s.opted_in
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

/** The current state moves only when a new event is later than the stored one. */
async function updateStates(tx: Executor): Promise<void> {
  await tx.execute(sql`
    insert into consent_state (subscriber_ref, purpose_id, opted_in, latest_occurred_at, latest_event_key, latest_event_id)
    select * from (
      select distinct on (subscriber_ref, purpose_id) subscriber_ref, purpose_id, is_grant, occurred_at, event_key, event_id
      from consent_new order by subscriber_ref, purpose_id, occurred_at desc, event_key desc
    ) latest
    on conflict (subscriber_ref, purpose_id) do update set
      opted_in = excluded.opted_in, latest_occurred_at = excluded.latest_occurred_at,
      latest_event_key = excluded.latest_event_key, latest_event_id = excluded.latest_event_id
    where (excluded.latest_occurred_at, excluded.latest_event_key) > (consent_state.latest_occurred_at, consent_state.latest_event_key)`);
}
