import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { DashboardScope } from "@/lib/consent/dashboard/read";
import { ROLLUP_TIME_ZONE } from "@/lib/consent/ingest/rollup";

const anyOf = (column: SQL, values: readonly string[] | null, type: "uuid" | "text") =>
  values === null ? sql`true` : sql`${column} = any(${`{${values.join(",")}}`}::${sql.raw(type)}[])`;

/**
 * Each dashboard read recomputed from the raw events, as one would without rollups (the
 * benchmark's baseline), with the same scope: keyed like `dashboardQueries`.
 */
export function naiveQueries(
  db: Db,
  scope: DashboardScope,
): Record<"current" | "optedInNets" | "flows" | "versions", () => Promise<unknown>> {
  const purposeIn = anyOf(sql`purpose_id`, scope.purposeIds, "uuid");
  const channelIn = anyOf(sql`channel`, scope.channels, "text");
  const day = sql`(occurred_at at time zone ${ROLLUP_TIME_ZONE})::date`;
  return {
    // Opted in now and ever asked: each subscriber's latest event per purpose.
    current: () =>
      db.execute(sql`select purpose_id, count(*) filter (where is_grant) as opted_in, count(*) as asked from (
        select distinct on (subscriber_ref, purpose_id) purpose_id, is_grant from consent_events where ${purposeIn}
        order by subscriber_ref, purpose_id, occurred_at desc, event_key desc) s group by 1`),
    // Opted in at the end of each day of the period: every status change since the start, summed.
    optedInNets: () =>
      db.execute(sql`with changes as (
          select purpose_id, ${day} as day, is_grant, lag(is_grant) over w as prev from consent_events where ${purposeIn}
          window w as (partition by subscriber_ref, purpose_id order by occurred_at, event_key)
        ), daily as (
          select purpose_id, day, sum(case when is_grant and prev is not true then 1 when not is_grant and prev is true then -1 else 0 end) as net
          from changes group by 1, 2
        ), running as (
          select purpose_id, day, sum(net) over (partition by purpose_id order by day) as opted_in from daily
        )
        select * from running where day between ${scope.from}::date and ${scope.to}::date`),
    flows: () =>
      db.execute(sql`select ${day} as day, channel, count(*) filter (where is_grant), count(*) filter (where not is_grant)
        from consent_events where ${purposeIn} and ${channelIn}
          and occurred_at >= (${scope.spikeFrom}::date - 1) and occurred_at < (${scope.to}::date + 2) and ${day} between ${scope.spikeFrom}::date and ${scope.to}::date
        group by 1, 2`),
    versions: () =>
      db.execute(sql`select purpose_id, text_version, count(*) filter (where is_grant), count(*) filter (where not is_grant)
        from consent_events where ${purposeIn} and ${channelIn}
          and occurred_at >= (${scope.from}::date - 1) and occurred_at < (${scope.to}::date + 2) and ${day} between ${scope.from}::date and ${scope.to}::date
        group by 1, 2`),
  };
}
