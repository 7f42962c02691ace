import { eq } from "drizzle-orm";
import { getDb, type Db, type Executor } from "@/db/client";
import { incidentNotifications, incidents } from "@/db/schema";
import { apiAuditActor, type ApiActor } from "@/lib/api-keys/authenticate";
import { appendAudit } from "@/lib/audit/write";
import { toApiIncident } from "./api-mapping";
import type { IntakeBody } from "./schema";
import { addTimeline, clocksOf, loadIncidentSettings, nextIncidentReference, type TimelineInput } from "../store";

class DuplicateExternalId extends Error {}

async function representation(db: Executor, row: typeof incidents.$inferSelect, now: Date) {
  const { notifications, clocks } = await clocksOf(db, row, now);
  return toApiIncident(row, notifications, clocks);
}

/**
 * Open an incident from the SOC's SIEM (`POST /api/v1/incidents`). Idempotent on `externalId`:
 * `INSERT ... ON CONFLICT DO NOTHING` on its unique index, so parallel calls with the same id
 * create one incident; the loser's transaction rolls back (its reference number included) and it
 * returns the existing incident. One transaction holds the incident, its notifications, its
 * timeline and the audit entry naming the API key.
 */
export async function intakeIncident(
  client: ApiActor,
  body: IntakeBody,
  now: Date,
  db: Db = getDb(),
): Promise<{ created: boolean; incident: Awaited<ReturnType<typeof representation>> }> {
  const existing = async () => {
    const [row] = await db.select().from(incidents).where(eq(incidents.externalId, body.externalId!)).limit(1);
    return row;
  };
  if (body.externalId) {
    const row = await existing();
    if (row) return { created: false, incident: await representation(db, row, now) };
  }
  try {
    const row = await db.transaction(async (tx) => {
      const settings = await loadIncidentSettings(tx);
      const detectedAt = new Date(body.detectedAt);
      const reference = await nextIncidentReference(tx, detectedAt, settings.timeZone);
      const label = client.label;
      const [created] = await tx
        .insert(incidents)
        .values({
          reference,
          externalId: body.externalId ?? null,
          source: "api",
          title: body.title ?? `SIEM ${body.externalId ?? reference}`,
          description: body.description ?? "",
          occurredFrom: body.occurredAt ? new Date(body.occurredAt) : null,
          detectedAt,
          awareAt: body.awareAt ? new Date(body.awareAt) : null,
          awarenessReason: body.awareReason ?? null,
          nis2AwareAt: body.nis2AwareAt ? new Date(body.nis2AwareAt) : null,
          nis2AwarenessReason: body.nis2AwareReason ?? null,
          // Unknown is "yes until the DPO says no": the obligations apply provisionally (issue 14).
          personalData: body.personalData ?? null,
          telecomService: body.telecomService ?? null,
          nis2Significant: body.nis2Significant ?? false,
          riskLevel: body.riskLevel ?? null,
          dataUnintelligible: body.dataUnintelligible ?? false,
          art34Exception: body.art34Exception ?? null,
          publicCommunicationPublishedAt: body.publicCommunication
            ? new Date(body.publicCommunication.publishedAt)
            : null,
          publicCommunicationPublishedIn: body.publicCommunication?.publishedIn ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: incidents.externalId })
        .returning();
      if (!created) throw new DuplicateExternalId();
      const notifications = body.notifications ?? [];
      if (notifications.length > 0) {
        await tx.insert(incidentNotifications).values(
          notifications.map((n) => ({
            incidentId: created.id,
            obligation: n.obligation,
            sentAt: new Date(n.sentAt),
            reference: n.reference ?? null,
            complete: n.complete ?? true,
            recordedAt: now,
            recordedBy: label,
          })),
        );
      }
      const entries: TimelineInput[] = [{ kind: "detection", at: detectedAt, text: "SIEM" }];
      if (created.occurredFrom) entries.push({ kind: "occurrence", at: created.occurredFrom, text: "" });
      if (created.awareAt) entries.push({ kind: "awareness", at: created.awareAt, text: body.awareReason ?? "" });
      if (created.nis2AwareAt)
        entries.push({
          kind: "nis2_awareness",
          at: created.nis2AwareAt,
          text: body.nis2AwareReason ?? "",
        });
      if (body.publicCommunication)
        entries.push({
          kind: "public_communication",
          at: new Date(body.publicCommunication.publishedAt),
          text: body.publicCommunication.publishedIn,
          data: { publishedIn: body.publicCommunication.publishedIn },
        });
      for (const n of notifications)
        entries.push({
          kind: "notification",
          at: new Date(n.sentAt),
          text: n.reference ?? "",
          data: { obligation: n.obligation, reference: n.reference ?? null, complete: n.complete ?? true },
        });
      await addTimeline(tx, created.id, label, now, entries);
      await appendAudit(
        tx,
        apiAuditActor(client),
        {
          action: "incident.intake",
          entityType: "incident",
          entityId: created.id,
          after: { ...body, reference },
          meta: { apiKeyId: client.keyId },
        },
        now,
      );
      return created;
    });
    return { created: true, incident: await representation(db, row, now) };
  } catch (error) {
    if (!(error instanceof DuplicateExternalId)) throw error;
    const row = await existing();
    if (!row) throw error;
    return { created: false, incident: await representation(db, row, now) };
  }
}
