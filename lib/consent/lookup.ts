import { asc, sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import { consentPurposes } from "@/db/schema";

export interface ProofEventDTO {
  eventId: string;
  purposeKey: string;
  occurredAt: string;
  action: "grant" | "withdraw";
  channel: string;
  textVersion: string;
  source: string | null;
  proof: Record<string, unknown> | null;
  receivedAt: string;
}

export interface SubscriberHistoryDTO {
  subscriberRef: string;
  purposes: { key: string; labelFr: string; labelEn: string; optedIn: boolean; since: string; latestEventId: string }[];
  events: ProofEventDTO[];
}

const iso = (value: string | Date) => new Date(value).toISOString();

/** Everything stored about one subscriber: current state per purpose and every event, oldest first. No permission check: callers hold consent:lookup. */
export async function unsafeReadSubscriberHistory(db: Executor, subscriberRef: string): Promise<SubscriberHistoryDTO> {
  const purposes = await db.select().from(consentPurposes).orderBy(asc(consentPurposes.key));
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
  return {
    subscriberRef,
    purposes: states
      .map((s) => ({ s, p: byId.get(s.purpose_id) }))
      .filter((x) => x.p)
      .map(({ s, p }) => ({
        key: p!.key,
        labelFr: p!.labelFr,
        labelEn: p!.labelEn,
        optedIn: s.opted_in,
        since: iso(s.latest_occurred_at),
        latestEventId: s.latest_event_id,
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    events: events.map((e) => ({
      eventId: e.event_id,
      purposeKey: byId.get(e.purpose_id)?.key ?? e.purpose_id,
      occurredAt: iso(e.occurred_at),
      action: e.is_grant ? "grant" : "withdraw",
      channel: e.channel,
      textVersion: e.text_version,
      source: e.source,
      proof: (typeof e.proof === "string" ? JSON.parse(e.proof) : e.proof) as Record<string, unknown> | null,
      receivedAt: iso(e.received_at),
    })),
  };
}
