import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { appendAudit, type AuditActor } from "@/lib/audit/write";
import { ROLLUP_TIME_ZONE } from "./rollup";
import { CONSENT_ROLLUP_LOCK } from "./store-events";

export interface RebuildReport {
  events: number;
  rollupRows: number;
  stateRows: number;
  /** Rows that differed from the recomputation and were corrected (added, changed or removed). */
  rollupDifferences: number;
  stateDifferences: number;
}

/**
 * Recompute the current states and daily rollups from the events alone, in
 * event order, compare them with the stored tables and correct any difference.
 * Holds the ingestion lock, so no batch interleaves. A correction commits with its
 * `consent.rebuild` audit entry (naming `actor`). With `dryRun` it only reports.
 */
export async function rebuildConsent(
  db: Db,
  options: { dryRun?: boolean; actor?: AuditActor; now?: Date } = {},
): Promise<RebuildReport> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CONSENT_ROLLUP_LOCK})`);
    await tx.execute(sql`create temp table expected_daily on commit drop as
      with c as (
        select purpose_id, (occurred_at at time zone ${ROLLUP_TIME_ZONE})::date as day, channel, text_version, is_grant,
               lag(is_grant) over w as prev, row_number() over w = 1 as first
        from consent_events window w as (partition by subscriber_ref, purpose_id order by occurred_at, event_key)
      )
      select purpose_id, day, channel, text_version,
             sum(case when is_grant then 1 else 0 end)::int as grants,
             sum(case when is_grant then 0 else 1 end)::int as withdrawals,
             sum(case when is_grant and prev is not true then 1 when not is_grant and prev is true then -1 else 0 end)::int as net_opted_in,
             sum(case when first then 1 else 0 end)::int as first_asked,
             sum(case when first and is_grant then 1 else 0 end)::int as first_grants,
             sum(case when first and not is_grant then 1 else 0 end)::int as first_refusals,
             sum(case when not is_grant and prev is true then 1 else 0 end)::int as effective_withdrawals,
             sum(case when is_grant and prev is false then 1 else 0 end)::int as regrants,
             sum(case when prev = is_grant then 1 else 0 end)::int as repeats
      from c group by 1, 2, 3, 4`);
    await tx.execute(sql`create temp table expected_state on commit drop as
      select distinct on (subscriber_ref, purpose_id) subscriber_ref collate "C" as subscriber_ref, purpose_id, is_grant as opted_in,
             occurred_at as latest_occurred_at, event_key as latest_event_key, event_id as latest_event_id
      from consent_events order by subscriber_ref, purpose_id, occurred_at desc, event_key desc`);
    const [counts] = rowsOf<{
      events: string;
      rollups: string;
      states: string;
      rollup_diff: string;
      state_diff: string;
    }>(
      await tx.execute(sql`select
        (select count(*) from consent_events) as events,
        (select count(*) from expected_daily) as rollups,
        (select count(*) from expected_state) as states,
        (select count(*) from expected_daily e full join consent_daily d using (purpose_id, day, channel, text_version)
          where e.purpose_id is null or d.purpose_id is null
             or (e.grants, e.withdrawals, e.net_opted_in, e.first_asked, e.first_grants, e.first_refusals, e.effective_withdrawals, e.regrants, e.repeats)
                is distinct from (d.grants, d.withdrawals, d.net_opted_in, d.first_asked, d.first_grants, d.first_refusals, d.effective_withdrawals, d.regrants, d.repeats)) as rollup_diff,
        (select count(*) from expected_state e full join consent_state s using (subscriber_ref, purpose_id)
          where e.purpose_id is null or s.purpose_id is null
             or (e.opted_in, e.latest_occurred_at, e.latest_event_key, e.latest_event_id) is distinct from (s.opted_in, s.latest_occurred_at, s.latest_event_key, s.latest_event_id)) as state_diff`),
    );
    const report: RebuildReport = {
      events: Number(counts!.events),
      rollupRows: Number(counts!.rollups),
      stateRows: Number(counts!.states),
      rollupDifferences: Number(counts!.rollup_diff),
      stateDifferences: Number(counts!.state_diff),
    };
    if (!options.dryRun && report.rollupDifferences > 0) {
      await tx.execute(sql`delete from consent_daily`);
      await tx.execute(
        sql`insert into consent_daily (purpose_id, day, channel, text_version, grants, withdrawals, net_opted_in, first_asked,
          first_grants, first_refusals, effective_withdrawals, regrants, repeats)
          select purpose_id, day, channel, text_version, grants, withdrawals, net_opted_in, first_asked,
          first_grants, first_refusals, effective_withdrawals, regrants, repeats from expected_daily`,
      );
    }
    if (!options.dryRun && report.stateDifferences > 0) {
      await tx.execute(sql`delete from consent_state`);
      await tx.execute(
        sql`insert into consent_state select subscriber_ref, purpose_id, opted_in, latest_occurred_at, latest_event_key, latest_event_id from expected_state`,
      );
    }
    if (!options.dryRun && report.rollupDifferences + report.stateDifferences > 0) {
      const actor = options.actor ?? { id: null, label: "consent rebuild" };
      await appendAudit(
        tx,
        actor,
        { action: "consent.rebuild", entityType: "consent_batch", meta: report },
        options.now,
      );
    }
    return report;
  });
}
