import { and, asc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { incidentNotifications, incidents } from "@/db/schema";
import { computeObligations } from "@/lib/incidents/clocks/clocks";
import {
  engineOptions,
  toIncidentFacts,
  type IncidentRow,
  type IncidentSettings,
  type NotificationRow,
} from "@/lib/incidents/clocks/facts";
import { computeSeverity, type SeverityResult } from "@/lib/incidents/severity";
import { loadIncidentSettings } from "@/lib/incidents/store";
import type { ObligationClock } from "@/lib/incidents/types";
import { startOfDayInZone } from "@/lib/time/zone-days";

/**
 * The breach register read for export: the personal-data breaches detected in the period (days
 * of the organisation's zone, inclusive), a page at a time, each with its notifications, its ENISA
 * severity and every regulatory clock as of `now`.
 */
export interface BreachRecord {
  incident: IncidentRow;
  notifications: NotificationRow[];
  severity: SeverityResult | null;
  clocks: ObligationClock[];
}

export interface BreachPeriod {
  from?: string | null;
  to?: string | null;
  /** One incident, `INC-2026-0004`. */
  reference?: string | null;
}

export const BREACH_PAGE_SIZE = 100;

function periodOf(period: BreachPeriod, timeZone: string): SQL[] {
  const conditions: SQL[] = [];
  if (period.from) conditions.push(gte(incidents.detectedAt, startOfDayInZone(period.from, timeZone)));
  if (period.to) conditions.push(lt(incidents.detectedAt, startOfDayInZone(period.to, timeZone, 1)));
  if (period.reference) conditions.push(sql`${incidents.reference} = ${period.reference}`);
  return conditions;
}

function toRecords(
  rows: IncidentRow[],
  sent: NotificationRow[],
  settings: IncidentSettings,
  now: Date,
): BreachRecord[] {
  const options = engineOptions(settings);
  return rows.map((incident) => {
    const notifications = sent.filter((n) => n.incidentId === incident.id);
    return {
      incident,
      notifications,
      severity: incident.severity
        ? computeSeverity(incident.severity, { suggestions: settings.severitySuggestions })
        : null,
      clocks: computeObligations(toIncidentFacts(incident, notifications), now, options),
    };
  });
}

/**
 * THE selection of the breach register, shared by its PDF and XLSX: the personal-data breaches
 * (GDPR Art. 33(5) documents personal-data breaches; Reg. 611/2013 Art. 2(5) keeps an inventory of
 * personal-data breaches) detected in the period, or the one incident named, in order of detection,
 * a page at a time (keyset on detection instant and id). Security incidents without personal
 * data are not breaches and stay out of both.
 */
export async function* breachRegisterRows(
  db: Executor,
  period: BreachPeriod,
  options: { timeZone: string; pageSize?: number },
): AsyncGenerator<IncidentRow[]> {
  const limit = options.pageSize ?? BREACH_PAGE_SIZE;
  const conditions = [eq(incidents.personalData, true), ...periodOf(period, options.timeZone)];
  let last: IncidentRow | null = null;
  for (;;) {
    const keyset: SQL[] = last
      ? [
          sql`(${incidents.detectedAt}, ${incidents.id}) > (${last.detectedAt.toISOString()}::timestamptz, ${last.id}::uuid)`,
        ]
      : [];
    const rows: IncidentRow[] = await db
      .select()
      .from(incidents)
      .where(and(...conditions, ...keyset))
      .orderBy(asc(incidents.detectedAt), asc(incidents.id))
      .limit(limit);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < limit) return;
    last = rows[rows.length - 1]!;
  }
}

/** How many breaches `breachRegisterRows` yields for the period (a progress bar's total). */
export async function countBreaches(
  db: Executor,
  period: BreachPeriod,
  options: { timeZone: string },
): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(incidents)
    .where(and(eq(incidents.personalData, true), ...periodOf(period, options.timeZone)));
  return Number(row?.count ?? 0);
}

/** Every page of the breach register (`breachRegisterRows`), each incident with its notifications, severity and clocks. */
export async function* breachPages(
  db: Executor,
  period: BreachPeriod,
  options: { timeZone: string; now: Date; pageSize?: number },
): AsyncGenerator<BreachRecord[]> {
  const settings = await loadIncidentSettings(db);
  for await (const rows of breachRegisterRows(db, period, options)) {
    const sent = await db
      .select()
      .from(incidentNotifications)
      .where(
        inArray(
          incidentNotifications.incidentId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(incidentNotifications.sentAt), asc(incidentNotifications.obligation));
    yield toRecords(rows, sent, settings, options.now);
  }
}
