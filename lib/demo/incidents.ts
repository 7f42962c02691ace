import { inArray } from "drizzle-orm";
import { incidentNotifications, incidents, processingActivities } from "@/db/schema";
import type { Tx } from "@/db/client";
import { appendAudit, type AuditActor } from "@/lib/audit/write";
import { computeObligations } from "@/lib/incidents/clocks/clocks";
import { DEFAULT_INCIDENT_SETTINGS, engineOptions } from "@/lib/incidents/clocks/facts";
import { addTimeline, nextIncidentReference, type TimelineInput } from "@/lib/incidents/store";
import { assessNis2Impact, isNis2Significant } from "@/lib/incidents/nis2-impact";
import type { IncidentFacts, NotificationRecord } from "@/lib/incidents/types";
import { CASE_TEMPLATES, type IncidentCase } from "./incident-cases";
import { PROVISIONAL_CASES } from "./incident-cases-provisional";
import { varyCase } from "./incident-variants";

const HOUR = 3_600_000;

/** A small seeded PRNG (mulberry32): the demo is the same on every run. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Seven open incidents with clocks running at seeding time (three of them showing provisional
 * decisions: scope to confirm, a waiver refused for lack of evidence, a public communication under
 * Art. 34(3)(c)), then 21 closed ones over three years.
 */
function cases(): IncidentCase[] {
  const random = prng(20_260_404);
  const open: IncidentCase[] = [
    { ...CASE_TEMPLATES[0]!, detectedHoursAgo: 10, status: "investigating" },
    { ...CASE_TEMPLATES[4]!, detectedHoursAgo: 20, status: "detected" },
    {
      ...CASE_TEMPLATES[2]!,
      detectedHoursAgo: 90,
      status: "investigating",
      notes: [
        "Notification CNIL en retard : le périmètre des factures exposées n’est pas encore établi ; l’équipe applicative reconstitue les accès sur 18 mois de journaux.",
      ],
    },
    { ...CASE_TEMPLATES[6]!, detectedHoursAgo: 50, status: "contained", initialIncompleteAfterHours: 20 },
    ...PROVISIONAL_CASES.map((c) => ({ ...c, status: "investigating" as const })),
  ];
  const closed: IncidentCase[] = [];
  for (let i = 0; i < 21; i++) {
    const template = CASE_TEMPLATES[i % CASE_TEMPLATES.length]!;
    const daysAgo = 1080 - i * 48 - Math.floor(random() * 20);
    const people =
      template.peopleCount === null ? null : Math.max(1, Math.round(template.peopleCount * (0.3 + random())));
    closed.push({
      ...template,
      awarenessAfterHours: template.awarenessAfterHours ?? 8,
      awarenessReason: template.awarenessReason ?? "Confirmation des fraudes par le service client.",
      riskLevel: template.personalData ? (template.riskLevel ?? "high") : template.riskLevel,
      peopleCount: people,
      detectedHoursAgo: daysAgo * 24,
      status: "closed",
    });
  }
  // The same kind of breach recurs, never with the same words (issue 15.15).
  const seen = new Map<string, number>();
  const varied = [...closed, ...open].map((c) => {
    const occurrence = seen.get(c.title) ?? 0;
    seen.set(c.title, occurrence + 1);
    const index = CASE_TEMPLATES.findIndex((template) => template.title === c.title);
    return varyCase(c, index, occurrence);
  });
  return varied.sort((a, b) => b.detectedHoursAgo - a.detectedHoursAgo);
}

function authorityRef(obligation: string, at: Date, n: number): string {
  const body = obligation.startsWith("nis2")
    ? "ANSSI"
    : obligation === "gdpr-34" || obligation === "eprivacy-611-subscribers"
      ? "AVIS"
      : "CNIL";
  return `${body}-${at.getUTCFullYear()}-${String(1000 + n)}`;
}

/** Notifications that meet every applicable obligation of a closed case (one late with its reasons). */
function closingNotifications(facts: IncidentFacts, now: Date, lateReason: string | undefined): NotificationRecord[] {
  const sent: NotificationRecord[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const clocks = computeObligations({ ...facts, notifications: sent }, now, engineOptions(DEFAULT_INCIDENT_SETTINGS));
    for (const clock of clocks) {
      if ((clock.status !== "pending" && clock.status !== "overdue") || !clock.startAt || !clock.dueAt) continue;
      const late = lateReason !== undefined && clock.id === "gdpr-33";
      const at = late
        ? clock.dueAt.getTime() + 20 * HOUR
        : clock.startAt.getTime() + (clock.dueAt.getTime() - clock.startAt.getTime()) * 0.6;
      sent.push({
        obligation: clock.id,
        sentAt: new Date(Math.min(at, now.getTime() - HOUR)),
        complete: true,
        delayReason: late ? lateReason : null,
      });
    }
  }
  return sent;
}

/** The `TRT-` references of the demo register's entries, by name (the register is seeded first). */
async function registerReferences(tx: Tx, list: IncidentCase[]): Promise<(names: string[]) => string[]> {
  const names = [...new Set(list.flatMap((c) => c.registerEntries))];
  const rows = names.length
    ? await tx
        .select({ name: processingActivities.name, reference: processingActivities.reference })
        .from(processingActivities)
        .where(inArray(processingActivities.name, names))
    : [];
  const byName = new Map(rows.map((row) => [row.name, row.reference]));
  return (wanted) =>
    wanted.map((name) => {
      const reference = byName.get(name);
      if (!reference) throw new Error(`demo incidents: no register entry named "${name}"`);
      return reference;
    });
}

/** The demo incidents (fictitious, modelled on typical operator cases), dated relative to `now`. */
export async function seedIncidents(tx: Tx, now: Date, ownerId: string, actor: AuditActor): Promise<number> {
  let n = 0;
  const counter = () => ++n;
  const list = cases();
  const referencesOf = await registerReferences(tx, list);
  for (const c of list) {
    const detectedAt = new Date(now.getTime() - c.detectedHoursAgo * HOUR);
    const awareAt =
      c.awarenessAfterHours === null ? null : new Date(detectedAt.getTime() + c.awarenessAfterHours * HOUR);
    const nis2AwareAt =
      c.nis2AwarenessAfterHours === undefined
        ? null
        : new Date(detectedAt.getTime() + c.nis2AwarenessAfterHours * HOUR);
    const occurredFrom = new Date(detectedAt.getTime() - 36 * HOUR);
    const publishedAt = c.publicCommunication
      ? new Date(Math.min(detectedAt.getTime() + c.publicCommunication.afterHours * HOUR, now.getTime() - HOUR))
      : null;
    // The NIS2 impact, when assessed, decides whether the incident is significant.
    const nis2Significant = c.nis2Impact ? isNis2Significant(assessNis2Impact(c.nis2Impact)) : c.nis2Significant;
    const reference = await nextIncidentReference(tx, detectedAt, DEFAULT_INCIDENT_SETTINGS.timeZone);
    const isClosed = c.status === "closed";
    const [row] = await tx
      .insert(incidents)
      .values({
        reference,
        source: "demo",
        title: c.title,
        description: c.description,
        occurredFrom,
        occurrenceEstimated: true,
        detectedAt,
        awareAt,
        awarenessReason: awareAt ? (c.awarenessReason ?? null) : null,
        nis2AwareAt,
        nis2AwarenessReason: nis2AwareAt ? (c.nis2AwarenessReason ?? null) : null,
        containedAt: isClosed || c.status === "contained" ? new Date(detectedAt.getTime() + 30 * HOUR) : null,
        categories: c.categories,
        cause: c.cause,
        systems: c.systems,
        registerRefs: referencesOf(c.registerEntries),
        dataCategories: c.dataCategories,
        dataSubjectCategories: c.dataSubjectCategories ?? (c.personalData ? ["Abonnés et clients"] : []),
        crossBorder: c.crossBorder ?? (isClosed ? "aucun" : null),
        peopleCount: c.peopleCount,
        recordsCount: c.peopleCount === null ? null : c.peopleCount * 2,
        personalData: c.personalData,
        telecomService: c.telecomService,
        nis2Significant,
        nis2Impact: c.nis2Impact ?? null,
        publicCommunicationPublishedAt: publishedAt,
        publicCommunicationPublishedIn: publishedAt ? c.publicCommunication!.publishedIn : null,
        dataUnintelligible: c.dataUnintelligible ?? false,
        unintelligibleEvidence: c.unintelligibleEvidence ?? null,
        riskLevel: c.riskLevel,
        severity: c.severity,
        consequences: c.consequences,
        remedialMeasures: c.remedialMeasures,
        art34Exception: c.art34Exception ?? null,
        ...((isClosed || c.art34Exception) && c.decision
          ? {
              notifyAuthority: c.decision.notifyAuthority,
              notifyAuthorityRationale: c.decision.notifyRationale,
              informPeople: c.decision.informPeople,
              informPeopleRationale: c.decision.informRationale,
            }
          : {}),
        status: c.status,
        ownerId,
        createdAt: detectedAt,
        updatedAt: now,
        closedAt: isClosed ? new Date(Math.min(detectedAt.getTime() + 40 * 24 * HOUR, now.getTime())) : null,
      })
      .returning();
    const facts: IncidentFacts = {
      ...c,
      nis2Significant,
      art34Exception: c.art34Exception ?? null,
      publicCommunication: publishedAt ? { publishedAt, publishedIn: c.publicCommunication!.publishedIn } : null,
      occurredAt: occurredFrom,
      detectedAt,
      awareAt,
      nis2AwareAt,
      notifications: [],
    };
    const sent: NotificationRecord[] = isClosed
      ? closingNotifications(facts, now, c.lateReason)
      : c.initialIncompleteAfterHours !== undefined
        ? [
            {
              obligation: "eprivacy-611-initial",
              sentAt: new Date(detectedAt.getTime() + c.initialIncompleteAfterHours * HOUR),
              complete: false,
            },
            {
              obligation: "nis2-early-warning",
              sentAt: new Date(detectedAt.getTime() + c.initialIncompleteAfterHours * HOUR),
              complete: true,
            },
          ]
        : [];
    const stored = sent.map((s) => ({ ...s, reference: authorityRef(s.obligation, s.sentAt, counter()) }));
    if (stored.length > 0) {
      await tx.insert(incidentNotifications).values(
        stored.map((s) => ({
          incidentId: row!.id,
          obligation: s.obligation,
          sentAt: s.sentAt,
          reference: s.reference,
          complete: s.complete ?? true,
          delayReason: s.delayReason ?? null,
          recordedAt: s.sentAt,
          recordedBy: actor.label,
        })),
      );
    }
    const entries: TimelineInput[] = [
      { kind: "occurrence", at: occurredFrom, text: "Estimation" },
      { kind: "detection", at: detectedAt, text: c.description },
      ...(awareAt ? [{ kind: "awareness" as const, at: awareAt, text: c.awarenessReason ?? "" }] : []),
      ...(nis2AwareAt ? [{ kind: "nis2_awareness" as const, at: nis2AwareAt, text: c.nis2AwarenessReason ?? "" }] : []),
      ...(publishedAt
        ? [
            {
              kind: "public_communication" as const,
              at: publishedAt,
              text: c.publicCommunication!.publishedIn,
              data: { publishedIn: c.publicCommunication!.publishedIn },
            },
          ]
        : []),
      ...stored.map((s) => ({
        kind: "notification" as const,
        at: s.sentAt,
        text: s.reference,
        data: {
          obligation: s.obligation,
          reference: s.reference,
          complete: s.complete ?? true,
          delayReason: s.delayReason ?? null,
        },
      })),
      ...(c.notes ?? []).map((text) => ({ kind: "note" as const, at: new Date(now.getTime() - HOUR), text })),
      ...(isClosed
        ? [{ kind: "status" as const, at: row!.closedAt!, text: "", data: { from: "contained", to: "closed" } }]
        : []),
    ];
    await addTimeline(tx, row!.id, actor.label, now, entries);
    await appendAudit(
      tx,
      actor,
      { action: "incident.create", entityType: "incident", entityId: row!.id, meta: { reference, demo: true } },
      now,
    );
  }
  return list.length;
}
