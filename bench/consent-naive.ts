import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { DashboardFilters } from "@/lib/consent/dashboard-filters";

/** The dashboard's figures recomputed from raw events, as one would without rollups (the benchmark's baseline). */
export const naiveQueries: Record<string, (db: Db, f: DashboardFilters) => Promise<unknown>> = {
  "opted in now and ever asked, per purpose": (db) =>
    db.execute(sql`select purpose_id, count(*) filter (where is_grant) as opted_in, count(*) as asked from (
      select distinct on (subscriber_ref, purpose_id) purpose_id, is_grant from consent_events order by subscriber_ref, purpose_id, occurred_at desc, event_key desc) s group by 1`),
  "grants and withdrawals per day and channel": (db, f) =>
    db.execute(sql`select (occurred_at at time zone 'Europe/Paris')::date as day, channel, count(*) filter (where is_grant), count(*) filter (where not is_grant)
      from consent_events where occurred_at >= ${f.from}::date - 28 and occurred_at < ${f.to}::date + 1 group by 1, 2`),
  "grants and withdrawals per text version": (db, f) =>
    db.execute(sql`select purpose_id, text_version, count(*) filter (where is_grant), count(*) filter (where not is_grant)
      from consent_events where occurred_at >= ${f.from}::date and occurred_at < ${f.to}::date + 1 group by 1, 2`),
};
