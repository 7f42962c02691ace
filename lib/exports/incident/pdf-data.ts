import { asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { incidentNotifications, incidents, incidentTimeline } from "@/db/schema";
import { computeObligations } from "@/lib/incidents/clocks/clocks";
import { engineOptions, toIncidentFacts, type IncidentRow, type IncidentSettings } from "@/lib/incidents/clocks/facts";
import type { ObligationClock } from "@/lib/incidents/types";

type NotificationRow = typeof incidentNotifications.$inferSelect;

export interface IncidentWithClocks {
  row: IncidentRow;
  notifications: NotificationRow[];
  clocks: ObligationClock[];
}

/** Each incident with its notifications (in sending order) and its clocks computed at `now`. */
export async function withClocks(
  db: Executor,
  rows: readonly IncidentRow[],
  settings: IncidentSettings,
  now: Date,
): Promise<IncidentWithClocks[]> {
  const ids = rows.map((row) => row.id);
  const sent =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(incidentNotifications)
          .where(inArray(incidentNotifications.incidentId, ids))
          .orderBy(asc(incidentNotifications.sentAt));
  return rows.map((row) => {
    const notifications = sent.filter((n) => n.incidentId === row.id);
    return {
      row,
      notifications,
      clocks: computeObligations(toIncidentFacts(row, notifications), now, engineOptions(settings)),
    };
  });
}

/** One incident by reference, or null. */
export async function findIncident(db: Executor, reference: string): Promise<IncidentRow | null> {
  const [row] = await db.select().from(incidents).where(eq(incidents.reference, reference)).limit(1);
  return row ?? null;
}

/** The incident's timeline, in time order (entries are append-only; corrections are new entries). */
export function timelineOf(db: Executor, incidentId: string) {
  return db
    .select()
    .from(incidentTimeline)
    .where(eq(incidentTimeline.incidentId, incidentId))
    .orderBy(asc(incidentTimeline.at), asc(incidentTimeline.seq));
}
