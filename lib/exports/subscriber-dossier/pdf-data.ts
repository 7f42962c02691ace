import { asc, sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import { consentPurposes, consentTextVersions } from "@/db/schema";
import { keysetPages } from "../pdf/snapshot";

export interface DossierEvent {
  eventKey: string;
  eventId: string;
  purposeId: string;
  occurredAt: Date;
  isGrant: boolean;
  channel: string;
  textVersion: string;
  source: string | null;
  proof: unknown;
  receivedAt: Date;
}

const toDate = (value: string | Date) => (value instanceof Date ? value : new Date(value));

/** The purposes catalogue and every text version's wording (small: purposes × versions). */
export async function readCatalogue(db: Executor) {
  const purposes = await db.select().from(consentPurposes).orderBy(asc(consentPurposes.key));
  const versions = await db.select().from(consentTextVersions);
  return { purposes, wording: new Map(versions.map((v) => [`${v.purposeId}|${v.version}`, v.text])) };
}

/** The subscriber's current state per purpose (one row per purpose ever chosen). */
export async function readStates(db: Executor, subscriberRef: string) {
  return rowsOf<{ purpose_id: string; opted_in: boolean; latest_occurred_at: string | Date; latest_event_id: string }>(
    await db.execute(
      sql`select purpose_id, opted_in, latest_occurred_at, latest_event_id from consent_state where subscriber_ref = ${subscriberRef}`,
    ),
  ).map((s) => ({
    purposeId: s.purpose_id,
    optedIn: s.opted_in,
    since: toDate(s.latest_occurred_at),
    latestEventId: s.latest_event_id,
  }));
}

/** The purposes this subscriber has events for, in the order the events are read. */
export async function purposesWithEvents(db: Executor, subscriberRef: string): Promise<string[]> {
  return rowsOf<{ purpose_id: string }>(
    await db.execute(
      sql`select distinct purpose_id from consent_events where subscriber_ref = ${subscriberRef} order by purpose_id`,
    ),
  ).map((r) => r.purpose_id);
}

type Key = { purposeId: string; occurredAt: Date; eventKey: string };

/**
 * Every event of the subscriber by purpose, then time (ties: the event key), a page at a time by
 * keyset on (purpose, occurred_at, event_key) — the order the consent state is decided in.
 */
export function dossierEventPages(db: Executor, subscriberRef: string, size = 500): AsyncGenerator<DossierEvent[]> {
  const fetch = async (after: Key | null, n: number) =>
    rowsOf<{
      event_key: string | number | bigint;
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
      await db.execute(sql`select event_key::text as event_key, event_id, purpose_id, occurred_at, is_grant, channel, text_version, source, proof, received_at
        from consent_events where subscriber_ref = ${subscriberRef}
        ${after ? sql`and (purpose_id, occurred_at, event_key) > (${after.purposeId}::uuid, ${after.occurredAt.toISOString()}::timestamptz, ${after.eventKey}::bigint)` : sql``}
        order by purpose_id, occurred_at, event_key limit ${n}`),
    ).map((e) => ({
      eventKey: String(e.event_key),
      eventId: e.event_id,
      purposeId: e.purpose_id,
      occurredAt: toDate(e.occurred_at),
      isGrant: e.is_grant,
      channel: e.channel,
      textVersion: e.text_version,
      source: e.source,
      proof: typeof e.proof === "string" ? JSON.parse(e.proof) : e.proof,
      receivedAt: toDate(e.received_at),
    }));
  return keysetPages(fetch, (e) => ({ purposeId: e.purposeId, occurredAt: e.occurredAt, eventKey: e.eventKey }), size);
}
