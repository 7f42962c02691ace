import "server-only";
import { sql } from "drizzle-orm";
import { getDb, rowsOf, type Executor } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { summariseIncidents } from "./queries";
import { loadIncidentSettings } from "./store";
import type { IncidentOverviewDTO } from "./summary";

/** How many deadlines (and incidents to confirm) the overview's card shows. */
export const OVERVIEW_NEAREST = 5;

/**
 * What the overview's figures depend on, read in one cheap query: the open incidents (id, version,
 * owner), the number of notifications (append-only) and the users' names. Any write to an open
 * incident bumps its version, so a change anywhere gives another fingerprint.
 */
async function openIncidentsFingerprint(db: Executor): Promise<string> {
  const [row] = rowsOf<{ incidents: string | null; notifications: string | number; users: string | null }>(
    await db.execute(sql`select
      (select md5(string_agg(id::text || ':' || version::text || ':' || coalesce(owner_id::text, ''), ',' order by id))
         from incidents where status <> 'closed') as incidents,
      (select count(*) from incident_notifications) as notifications,
      (select md5(string_agg(id::text || ':' || name, ',' order by id)) from users) as users`),
  );
  const settings = await loadIncidentSettings(db);
  return JSON.stringify([row?.incidents ?? "", String(row?.notifications ?? 0), row?.users ?? "", settings]);
}

/**
 * The figures are computed once per state of the incidents, not per request: every open incident's
 * clocks are needed to find the nearest deadlines (a SIEM may open hundreds of incidents), so the
 * result is kept until the data changes or `now` reaches an instant at which a clock turns
 * (./summary-cache.ts). One entry: the figures are the organisation's, the same for every reader.
 */
let cached: { key: string; from: number; until: number; value: IncidentOverviewDTO } | null = null;

/**
 * The overview's card: counts of the open incidents, the few nearest deadlines and the first incidents
 * whose scope is still to confirm. Only these reach the page and its refetches, however many are open.
 */
export async function incidentOverview(
  actor: Actor,
  now: Date,
  db: Executor = getDb(),
  limit = OVERVIEW_NEAREST,
): Promise<IncidentOverviewDTO> {
  assertCan(actor, "incidents:read");
  const key = `${limit}:${await openIncidentsFingerprint(db)}`;
  const at = now.getTime();
  if (cached && cached.key === key && cached.from <= at && at < cached.until) return cached.value;
  const { summaries: open, until } = await summariseIncidents(db, now, "open");
  const unconfirmed = open.filter((s) => s.toConfirm.length > 0);
  const value: IncidentOverviewDTO = {
    open: open.length,
    overdue: open.filter((s) => s.next?.status === "overdue").length,
    nearest: open.filter((s) => s.next).slice(0, limit),
    toConfirmCount: unconfirmed.length,
    toConfirm: unconfirmed.slice(0, limit),
  };
  cached = { key, from: at, until, value };
  return value;
}
