import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import { consentPurposes, consentTextVersions } from "@/db/schema";
import type { DailyRollup, SubjectState } from "./ingest/rollup";

let counter = 0;

/** A purpose with two text versions, written directly (fixtures only). */
export async function unsafeCreatePurpose(
  db: Executor,
  values: { key?: string; isActive?: boolean; channels?: string[]; kind?: "consent" | "objection" } = {},
) {
  counter++;
  const key = values.key ?? `test_purpose_${Date.now().toString(36)}_${counter}`;
  const [purpose] = await db
    .insert(consentPurposes)
    .values({
      key,
      labelFr: `Finalité ${counter}`,
      labelEn: `Purpose ${counter}`,
      channels: values.channels ?? ["app", "web", "shop", "sms"],
      isActive: values.isActive ?? true,
      kind: values.kind ?? "consent",
      registerRefs: ["TRT-0001"],
    })
    .returning();
  await db.insert(consentTextVersions).values([
    { purposeId: purpose!.id, version: "v1", effectiveFrom: "2024-01-01", text: "Texte v1" },
    { purposeId: purpose!.id, version: "v2", effectiveFrom: "2025-06-01", text: "Texte v2" },
  ]);
  return purpose!;
}

export async function storedRollups(db: Executor, purposeIds: readonly string[]): Promise<DailyRollup[]> {
  const rows = rowsOf<{
    purpose_id: string;
    day: string;
    channel: string;
    text_version: string;
    grants: number;
    withdrawals: number;
    net_opted_in: number;
    first_asked: number;
    first_grants: number;
    first_refusals: number;
    effective_withdrawals: number;
    regrants: number;
    repeats: number;
  }>(
    await db.execute(sql`select purpose_id, day::text as day, channel, text_version, grants, withdrawals, net_opted_in, first_asked,
        first_grants, first_refusals, effective_withdrawals, regrants, repeats
      from consent_daily where purpose_id::text in (${sql.join(
        purposeIds.map((id) => sql`${id}`),
        sql`, `,
      )})`),
  );
  return rows.map((r) => ({
    purposeId: r.purpose_id,
    day: r.day,
    channel: r.channel,
    textVersion: r.text_version,
    grants: r.grants,
    withdrawals: r.withdrawals,
    netOptedIn: r.net_opted_in,
    firstAsked: r.first_asked,
    firstGrants: r.first_grants,
    firstRefusals: r.first_refusals,
    effectiveWithdrawals: r.effective_withdrawals,
    regrants: r.regrants,
    repeats: r.repeats,
  }));
}

export async function storedStates(db: Executor, purposeIds: readonly string[]): Promise<SubjectState[]> {
  const rows = rowsOf<{
    subscriber_ref: string;
    purpose_id: string;
    opted_in: boolean;
    latest_occurred_at: string | Date;
    latest_event_key: string;
    latest_event_id: string;
  }>(
    await db.execute(sql`select subscriber_ref, purpose_id, opted_in, latest_occurred_at, latest_event_key::text as latest_event_key, latest_event_id
      from consent_state where purpose_id::text in (${sql.join(
        purposeIds.map((id) => sql`${id}`),
        sql`, `,
      )})`),
  );
  return rows.map((r) => ({
    subscriberRef: r.subscriber_ref,
    purposeId: r.purpose_id,
    optedIn: r.opted_in,
    latestOccurredAt: new Date(r.latest_occurred_at),
    latestEventKey: String(r.latest_event_key),
    latestEventId: r.latest_event_id,
  }));
}

export async function eventCount(db: Executor): Promise<number> {
  const [row] = rowsOf<{ n: string | number }>(await db.execute(sql`select count(*) as n from consent_events`));
  return Number(row!.n);
}

/** Where and when the events whose eventId starts with `prefix` were stored: epoch milliseconds and month partition. */
export async function storedEventPlaces(
  db: Executor,
  prefix: string,
): Promise<{ eventId: string; at: number; partition: string }[]> {
  const rows = rowsOf<{ event_id: string; at: string; partition: string }>(
    await db.execute(sql`select event_id, (extract(epoch from occurred_at) * 1000)::bigint::text as at, tableoid::regclass::text as partition
      from consent_events where starts_with(event_id, ${prefix})`),
  );
  return rows.map((r) => ({ eventId: r.event_id, at: Number(r.at), partition: r.partition }));
}
