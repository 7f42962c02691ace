import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";

/**
 * Lock the state of each subscriber × purpose of the batch and keep what it was (`consent_pairs`). A new pair is
 * inserted with its final state (the uncommitted row is the lock; ON CONFLICT, since concurrent batches often create
 * the same pair), an existing one locked FOR UPDATE; in pair order, new pairs first, so batches sharing pairs queue
 * one behind the other (the later one reads the earlier one's committed state) and never deadlock.
 */
export async function claimPairs(tx: Tx, analyze: boolean): Promise<void> {
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
    from (
      -- Only the pairs not inserted above: one index probe each.
      select distinct subscriber_ref, purpose_id from consent_new n
      where not exists (select 1 from consent_pairs p where p.subscriber_ref = n.subscriber_ref and p.purpose_id = n.purpose_id)
    ) n
    join consent_state s using (subscriber_ref, purpose_id)
    order by s.subscriber_ref, s.purpose_id
    for update of s`);
  if (analyze) await tx.execute(sql`analyze consent_pairs`);
}

/**
 * An existing state moves only when a new event is later than the stored one (new pairs were written when claimed).
 * Rows are reached by the address read under lock, one TID fetch each (a `ctid = any(array)` filter was quadratic).
 */
export async function updateStates(tx: Tx): Promise<void> {
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
    where s.ctid = latest.row_id`);
}
