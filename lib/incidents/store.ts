import { TZDate } from "@date-fns/tz";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb, rowsOf, type Executor } from "@/db/client";
import { incidentNotifications, incidents, incidentTimeline, organisation, users } from "@/db/schema";
import { ActionError } from "@/lib/action";
import { computeObligations } from "./clocks/clocks";
import {
  DEFAULT_INCIDENT_SETTINGS,
  engineOptions,
  toIncidentFacts,
  type IncidentRow,
  type IncidentSettings,
  type NotificationRow,
} from "./clocks/facts";
import type { DraftContext } from "./drafts/drafts";
import { formatReference } from "./reference";

/** Reads and writes shared by the incident mutations, queries and the intake API. */

/**
 * The settings read through the shared connection pool, kept in memory (issue 16: every incident page
 * and list read them): dropped when the DPO changes them (forgetIncidentSettings, from the settings
 * mutation) and after SETTINGS_TTL_MS anyway, which bounds a change made by another process (a restore)
 * or a read racing the change's commit. Reads inside a transaction always go to the database.
 */
const SETTINGS_TTL_MS = 10_000;
const cachedSettings = new WeakMap<object, { value: IncidentSettings; until: number }>();

export function forgetIncidentSettings(): void {
  try {
    cachedSettings.delete(getDb());
  } catch {
    // No database opened yet: nothing cached.
  }
}

function sharedDb(db: Executor): boolean {
  try {
    return db === getDb();
  } catch {
    return false;
  }
}

export async function loadIncidentSettings(db: Executor): Promise<IncidentSettings> {
  const shared = sharedDb(db);
  const hit = shared ? cachedSettings.get(db) : undefined;
  if (hit && hit.until > Date.now()) return hit.value;
  const [row] = await db.select().from(organisation).limit(1);
  if (!row) return DEFAULT_INCIDENT_SETTINGS;
  const value = {
    timeZone: row.timeZone,
    nis2Enabled: row.nis2Enabled,
    incidentTargetHours: row.incidentTargetHours,
    severitySuggestions: row.severitySuggestions ?? DEFAULT_INCIDENT_SETTINGS.severitySuggestions,
  };
  if (shared) cachedSettings.set(db, { value, until: Date.now() + SETTINGS_TTL_MS });
  return value;
}

/**
 * The next `INC-<year>-<seq>`: one counter row per year, incremented with an upsert that locks
 * the row until the transaction ends, so parallel intakes get distinct numbers and a rolled-back
 * intake gives its number back.
 */
export async function nextIncidentReference(tx: Executor, detectedAt: Date, timeZone: string): Promise<string> {
  const year = new TZDate(detectedAt.getTime(), timeZone).getFullYear();
  const [row] = rowsOf<{ last: number }>(
    await tx.execute(sql`insert into incident_counters (year, last) values (${year}, 1)
      on conflict (year) do update set last = incident_counters.last + 1 returning last`),
  );
  return formatReference(year, Number(row!.last));
}

export type TimelineInput = Omit<typeof incidentTimeline.$inferInsert, "incidentId" | "recordedBy" | "recordedAt">;

export async function addTimeline(
  tx: Executor,
  incidentId: string,
  recordedBy: string,
  now: Date,
  entries: TimelineInput[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx
    .insert(incidentTimeline)
    .values(entries.map((entry) => ({ ...entry, incidentId, recordedBy, recordedAt: now })));
}

export async function loadNotifications(db: Executor, incidentId: string): Promise<NotificationRow[]> {
  return db
    .select()
    .from(incidentNotifications)
    .where(eq(incidentNotifications.incidentId, incidentId))
    .orderBy(asc(incidentNotifications.sentAt));
}

/** The incident row locked for this transaction; NOT_FOUND, or CONFLICT when `version` is stale. */
export async function lockIncident(tx: Executor, id: string, version?: number): Promise<IncidentRow> {
  const [row] = await tx.select().from(incidents).where(eq(incidents.id, id)).for("update");
  if (!row) throw new ActionError("NOT_FOUND", "incidents.errors.notFound");
  if (version !== undefined && row.version !== version) throw new ActionError("CONFLICT", "incidents.errors.stale");
  return row;
}

/** Apply `changes`, bump the version; the row must still carry `version`. */
export async function updateIncident(
  tx: Executor,
  row: IncidentRow,
  changes: Partial<typeof incidents.$inferInsert>,
  now: Date,
): Promise<IncidentRow> {
  const [updated] = await tx
    .update(incidents)
    .set({ ...changes, updatedAt: now, version: row.version + 1 })
    .where(and(eq(incidents.id, row.id), eq(incidents.version, row.version)))
    .returning();
  if (!updated) throw new ActionError("CONFLICT", "incidents.errors.stale");
  return updated;
}

export async function clocksOf(db: Executor, row: IncidentRow, now: Date, notifications?: NotificationRow[]) {
  const settings = await loadIncidentSettings(db);
  const sent = notifications ?? (await loadNotifications(db, row.id));
  return {
    settings,
    notifications: sent,
    clocks: computeObligations(toIncidentFacts(row, sent), now, engineOptions(settings)),
  };
}

/**
 * Who sends the notifications: the organisation, its DPO (name of the DPO's active account and the
 * organisation's DPO contact), its security contact (the security director's account), its zone.
 */
export async function loadDraftContext(db: Executor): Promise<DraftContext> {
  const [row] = await db.select().from(organisation).limit(1);
  const people = await db
    .select({ name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.isActive, true), inArray(users.role, ["dpo", "security"])))
    .orderBy(asc(users.createdAt));
  const dpo = people.find((p) => p.role === "dpo");
  const security = people.find((p) => p.role === "security");
  return {
    organisation: row?.name ?? "",
    dpoName: dpo?.name ?? "",
    dpoContact: row?.dpoContact || dpo?.email || "",
    securityContact: security ? `${security.name} — ${security.email}` : "",
    timeZone: row?.timeZone ?? DEFAULT_INCIDENT_SETTINGS.timeZone,
  };
}
