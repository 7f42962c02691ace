import "server-only";
import { asc, desc, eq, inArray, ne } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { incidentNotifications, incidents, incidentTimeline, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { computeObligations } from "./clocks/clocks";
import { engineOptions, toIncidentFacts, type NotificationRow } from "./clocks/facts";
import { computeSeverity } from "./severity";
import { draftsFor } from "./drafts/facts";
import { linkedRegisterEntries } from "./register-links";
import { clocksOf, loadDraftContext, loadIncidentSettings } from "./store";
import { compareByUrgency, toSummary, type IncidentSummaryDTO } from "./summary";
import { cachedClosedSummary, cachedOpenSummary, closedSummaryKey } from "./summary-cache";
import type { IncidentListScope } from "./query-options";

async function ownerNames(db: Executor): Promise<Map<string, string>> {
  const rows = await db.select({ id: users.id, name: users.name }).from(users);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * The incidents with their next deadline, overdue first: every one, or only the open ones (`scope`
 * "open": the list's default view and the overview's card; closed incidents are neither read nor
 * computed). Summaries come from an in-memory cache (./summary-cache.ts): a closed incident's until it
 * changes, an open one's until it changes or `now` reaches one of its instants (a due time…).
 */
export async function listIncidents(
  actor: Actor,
  now: Date,
  db: Executor = getDb(),
  scope: IncidentListScope = "all",
): Promise<IncidentSummaryDTO[]> {
  assertCan(actor, "incidents:read");
  return (await summariseIncidents(db, now, scope)).summaries;
}

/**
 * The summaries, and `until`: the first instant after `now` at which an open one may read differently
 * without any change to the data (a due time passing…). Callers check the permission.
 */
export async function summariseIncidents(
  db: Executor,
  now: Date,
  scope: IncidentListScope,
): Promise<{ summaries: IncidentSummaryDTO[]; until: number }> {
  const open = ne(incidents.status, "closed");
  const [rows, sent, settings, owners] = await Promise.all([
    db
      .select()
      .from(incidents)
      .where(scope === "open" ? open : undefined)
      .orderBy(desc(incidents.detectedAt)),
    scope === "open"
      ? db
          .select()
          .from(incidentNotifications)
          .where(inArray(incidentNotifications.incidentId, db.select({ id: incidents.id }).from(incidents).where(open)))
      : db.select().from(incidentNotifications),
    loadIncidentSettings(db),
    ownerNames(db),
  ]);
  const byIncident = new Map<string, NotificationRow[]>();
  for (const n of sent) byIncident.set(n.incidentId, [...(byIncident.get(n.incidentId) ?? []), n]);
  const options = engineOptions(settings);
  let until = Number.POSITIVE_INFINITY;
  const summaries = rows.map((row) => {
    const notifications = byIncident.get(row.id) ?? [];
    const owner = row.ownerId ? (owners.get(row.ownerId) ?? null) : null;
    const key = closedSummaryKey(row, notifications, owner, settings);
    const compute = () => {
      const clocks = computeObligations(toIncidentFacts(row, notifications), now, options);
      return { clocks, summary: toSummary(row, clocks, owner) };
    };
    if (row.status === "closed") return cachedClosedSummary(key, () => compute().summary);
    const cached = cachedOpenSummary(key, now, () => {
      const { clocks, summary } = compute();
      const changesAt = [
        ...clocks.flatMap((clock) => [clock.startAt, clock.dueAt]),
        ...notifications.map((n) => n.sentAt),
        row.publicCommunicationPublishedAt,
      ];
      return { summary, changesAt };
    });
    until = Math.min(until, cached.until);
    return cached.summary;
  });
  return { summaries: summaries.sort(compareByUrgency), until };
}

/** One incident with its notifications, timeline, clocks and severity. */
export async function getIncident(actor: Actor, reference: string, now: Date, db: Executor = getDb()) {
  assertCan(actor, "incidents:read");
  const [row] = await db.select().from(incidents).where(eq(incidents.reference, reference)).limit(1);
  if (!row) return null;
  const [{ settings, notifications, clocks }, timeline, owners, draftContext, registerEntries] = await Promise.all([
    clocksOf(db, row, now),
    db
      .select()
      .from(incidentTimeline)
      .where(eq(incidentTimeline.incidentId, row.id))
      .orderBy(asc(incidentTimeline.at), asc(incidentTimeline.seq)),
    ownerNames(db),
    loadDraftContext(db),
    linkedRegisterEntries(db, actor, row.registerRefs),
  ]);
  return {
    incident: row,
    drafts: draftsFor(row, draftContext, clocks, registerEntries),
    registerEntries,
    owner: row.ownerId ? (owners.get(row.ownerId) ?? null) : null,
    settings,
    notifications,
    timeline,
    clocks,
    severity: row.severity ? computeSeverity(row.severity, { suggestions: settings.severitySuggestions }) : null,
  };
}
export type IncidentDetail = NonNullable<Awaited<ReturnType<typeof getIncident>>>;

/** The breach register (GDPR Art. 33(5), ePrivacy Art. 4(4)): every personal-data breach, notified or not. */
export async function breachRegister(actor: Actor, db: Executor = getDb()) {
  assertCan(actor, "incidents:read");
  const rows = await db
    .select()
    .from(incidents)
    .where(eq(incidents.personalData, true))
    .orderBy(desc(incidents.detectedAt));
  const ids = rows.map((r) => r.id);
  const sent = ids.length
    ? await db.select().from(incidentNotifications).where(inArray(incidentNotifications.incidentId, ids))
    : [];
  return rows.map((row) => ({
    row,
    notifications: sent.filter((n) => n.incidentId === row.id),
    band: row.severity ? computeSeverity(row.severity).band : null,
  }));
}

/** The organisation's incident settings (DPO). */
export async function incidentSettings(actor: Actor, db: Executor = getDb()) {
  assertCan(actor, "settings:manage");
  return loadIncidentSettings(db);
}
