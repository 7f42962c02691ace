import { sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { ROLLUP_TIME_ZONE } from "./rollup";

/**
 * Add the batch's events (work table `consent_new`, pairs claimed in `consent_pairs`) to the daily rollups, so that
 * they equal a recomputation in event order (`recompute` in ./rollup.ts) whatever the arrival order.
 * Each event counts +1 grant or withdrawal, a net change decided by the state just before it, and +1 "first asked"
 * when nothing precedes it. A pair with a late event (older than its stored state) has its short history replayed:
 * contributions with the new events minus contributions without them. Other pairs only need the stored state.
 */
export async function updateRollups(tx: Tx): Promise<void> {
  await tx.execute(sql`
    with pairs as (
      select new_event.subscriber_ref, new_event.purpose_id, claimed.state_before,
             coalesce(bool_or((new_event.occurred_at, new_event.event_key)
               < (claimed.latest_occurred_at, claimed.latest_event_key)), false) as has_late_event
      from consent_new new_event join consent_pairs claimed using (subscriber_ref, purpose_id)
      group by new_event.subscriber_ref, new_event.purpose_id, claimed.state_before
    ), in_order as (
      select new_event.purpose_id, new_event.occurred_at, new_event.channel, new_event.text_version, new_event.is_grant,
             1 as sign, true as is_counted,
             case when row_number() over by_pair = 1 then pair.state_before
                  else lag(new_event.is_grant) over by_pair end as state_before,
             (row_number() over by_pair = 1 and pair.state_before is null) as is_first
      from consent_new new_event join pairs pair using (subscriber_ref, purpose_id)
      where not pair.has_late_event
      window by_pair as (partition by new_event.subscriber_ref, new_event.purpose_id
                         order by new_event.occurred_at, new_event.event_key)
    ), history as (
      -- One index probe per late pair (LATERAL), never a scan of the whole events table.
      select pair.subscriber_ref, pair.purpose_id, past.occurred_at, past.event_key, past.is_grant, past.channel,
             past.text_version, past.event_key in (select event_key from consent_new) as is_new
      from pairs pair cross join lateral (
        select event.occurred_at, event.event_key, event.is_grant, event.channel, event.text_version
        from consent_events event
        -- The events' index is in the default collation; the work tables compare bytewise like the state.
        where event.subscriber_ref = pair.subscriber_ref collate "default" and event.purpose_id = pair.purpose_id
        offset 0 -- a fence: keeps the planner from flattening this into a scan-and-merge of every partition
      ) past
      where pair.has_late_event
    ), replay_after as (
      select purpose_id, occurred_at, channel, text_version, is_grant, 1 as sign, is_new as is_counted,
             lag(is_grant) over by_pair as state_before, row_number() over by_pair = 1 as is_first
      from history
      window by_pair as (partition by subscriber_ref, purpose_id order by occurred_at, event_key)
    ), replay_before as (
      select purpose_id, occurred_at, channel, text_version, is_grant, -1 as sign, false as is_counted,
             lag(is_grant) over by_pair as state_before, row_number() over by_pair = 1 as is_first
      from history where not is_new
      window by_pair as (partition by subscriber_ref, purpose_id order by occurred_at, event_key)
    ), contributions as (
      select * from in_order union all select * from replay_after union all select * from replay_before
    ), delta as (
      select purpose_id, (occurred_at at time zone ${ROLLUP_TIME_ZONE})::date as day, channel, text_version,
             sum(case when is_counted and is_grant then 1 else 0 end)::int as grants,
             sum(case when is_counted and not is_grant then 1 else 0 end)::int as withdrawals,
             sum(sign * case when is_grant and state_before is not true then 1
                             when not is_grant and state_before is true then -1 else 0 end)::int as net_opted_in,
             sum(case when is_first then sign else 0 end)::int as first_asked,
             -- Each event's kind by the state before it (rollup.ts answerKind), replayed like net_opted_in.
             sum(case when is_first and is_grant then sign else 0 end)::int as first_grants,
             sum(case when is_first and not is_grant then sign else 0 end)::int as first_refusals,
             sum(case when not is_grant and state_before is true then sign else 0 end)::int as effective_withdrawals,
             sum(case when is_grant and state_before is false then sign else 0 end)::int as regrants,
             sum(case when state_before = is_grant then sign else 0 end)::int as repeats
      from contributions group by 1, 2, 3, 4
    )
    insert into consent_daily (purpose_id, day, channel, text_version, grants, withdrawals, net_opted_in, first_asked,
      first_grants, first_refusals, effective_withdrawals, regrants, repeats)
    select purpose_id, day, channel, text_version, grants, withdrawals, net_opted_in, first_asked,
      first_grants, first_refusals, effective_withdrawals, regrants, repeats from delta
    where grants <> 0 or withdrawals <> 0 or net_opted_in <> 0 or first_asked <> 0
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
