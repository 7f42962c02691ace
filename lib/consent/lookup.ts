import { asc, sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import { consentPurposes, consentTextVersions } from "@/db/schema";
import { answerKind, type AnswerKind } from "./ingest/rollup";
import { proofFields, type ProofField } from "./proof-fields";

export interface ProofEventDTO {
  eventId: string;
  purposeKey: string;
  occurredAt: string;
  action: "grant" | "withdraw";
  /** What the event did, by the state before it: a first refusal is no withdrawal (issue 15.7). */
  kind: AnswerKind;
  channel: string;
  textVersion: string;
  /** The wording the subscriber was shown (null when the version is not in the catalogue). */
  text: string | null;
  source: string | null;
  proof: Record<string, unknown> | null;
  /** The proof artefact as readable fields (nested keys dotted, lists joined). */
  proofFields: ProofField[];
  receivedAt: string;
}

/** The event that decided a subscriber's current state for a purpose. */
export interface DecidingEventDTO {
  eventId: string;
  kind: AnswerKind;
  channel: string;
  textVersion: string;
  text: string | null;
  occurredAt: string;
}

export interface SubscriberHistoryDTO {
  subscriberRef: string;
  purposes: {
    key: string;
    labelFr: string;
    labelEn: string;
    optedIn: boolean;
    since: string;
    latestEventId: string;
    decidedBy: DecidingEventDTO | null;
  }[];
  events: ProofEventDTO[];
}

const iso = (value: string | Date) => new Date(value).toISOString();

/** Everything stored about one subscriber: current state per purpose and every event, oldest first. No permission check: callers hold consent:lookup. */
export async function unsafeReadSubscriberHistory(db: Executor, subscriberRef: string): Promise<SubscriberHistoryDTO> {
  const [purposes, versions] = await Promise.all([
    db.select().from(consentPurposes).orderBy(asc(consentPurposes.key)),
    db
      .select({
        purposeId: consentTextVersions.purposeId,
        version: consentTextVersions.version,
        text: consentTextVersions.text,
      })
      .from(consentTextVersions),
  ]);
  const wording = new Map(versions.map((v) => [`${v.purposeId}\u0000${v.version}`, v.text]));
  const byId = new Map(purposes.map((p) => [p.id, p]));
  const states = rowsOf<{
    purpose_id: string;
    opted_in: boolean;
    latest_occurred_at: string | Date;
    latest_event_id: string;
  }>(
    await db.execute(
      sql`select purpose_id, opted_in, latest_occurred_at, latest_event_id from consent_state where subscriber_ref = ${subscriberRef}`,
    ),
  );
  const events = rowsOf<{
    event_id: string;
    purpose_id: string;
    occurred_at: string | Date;
    is_grant: boolean;
    channel: string;
    text_version: string;
    source: string | null;
    proof: unknown;
    received_at: string | Date;
  }>(
    await db.execute(sql`select event_id, purpose_id, occurred_at, is_grant, channel, text_version, source, proof, received_at
      from consent_events where subscriber_ref = ${subscriberRef} order by purpose_id, occurred_at, event_key`),
  );
  let previous: { purposeId: string; isGrant: boolean } | undefined;
  const proofEvents: (ProofEventDTO & { purposeId: string })[] = events.map((e) => {
    const before = previous?.purposeId === e.purpose_id ? previous.isGrant : undefined;
    previous = { purposeId: e.purpose_id, isGrant: e.is_grant };
    const proof = (typeof e.proof === "string" ? JSON.parse(e.proof) : e.proof) as Record<string, unknown> | null;
    return {
      purposeId: e.purpose_id,
      eventId: e.event_id,
      purposeKey: byId.get(e.purpose_id)?.key ?? e.purpose_id,
      occurredAt: iso(e.occurred_at),
      action: e.is_grant ? "grant" : "withdraw",
      kind: answerKind(before, e.is_grant),
      channel: e.channel,
      textVersion: e.text_version,
      text: wording.get(`${e.purpose_id}\u0000${e.text_version}`) ?? null,
      source: e.source,
      proof,
      proofFields: proofFields(proof),
      receivedAt: iso(e.received_at),
    };
  });
  return {
    subscriberRef,
    purposes: states
      .map((s) => ({ s, p: byId.get(s.purpose_id) }))
      .filter((x) => x.p)
      .map(({ s, p }) => {
        const decisive = proofEvents.find((e) => e.purposeId === s.purpose_id && e.eventId === s.latest_event_id);
        return {
          key: p!.key,
          labelFr: p!.labelFr,
          labelEn: p!.labelEn,
          optedIn: s.opted_in,
          since: iso(s.latest_occurred_at),
          latestEventId: s.latest_event_id,
          decidedBy: decisive
            ? {
                eventId: decisive.eventId,
                kind: decisive.kind,
                channel: decisive.channel,
                textVersion: decisive.textVersion,
                text: decisive.text,
                occurredAt: decisive.occurredAt,
              }
            : null,
        };
      })
      .sort((a, b) => a.key.localeCompare(b.key)),
    events: proofEvents.map(({ purposeId: _purposeId, ...event }) => event),
  };
}
