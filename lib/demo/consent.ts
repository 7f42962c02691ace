import { inArray, sql } from "drizzle-orm";
import { rebuildConsent } from "@/lib/consent/ingest/rebuild";
import { appendAudit } from "@/lib/audit/write";
import type { Db, Executor } from "@/db/client";
import { consentPurposes, consentTextVersions, processingActivities } from "@/db/schema";
import { seedCampaignChecks } from "./campaign-checks";
import { demoPurposes } from "./consent-purposes";

const DAY = 86_400_000;
const SYSTEM = { id: null, label: "Vigie (demo data)" };
export const DEMO_SENDER = "demo-seed";

/** How many demo events: VIGIE_DEMO_CONSENT_EVENTS, else ~1 M on PostgreSQL and fewer on the embedded database (first start under a minute). */
export function demoConsentEventCount(
  driver: "pglite" | "postgres",
  env: Record<string, string | undefined> = process.env,
): number {
  const configured = Number(env.VIGIE_DEMO_CONSENT_EVENTS);
  if (Number.isInteger(configured) && configured >= 0) return configured;
  return driver === "postgres" ? 1_000_000 : 500_000;
}

const isoDate = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The `TRT-` references of the register entries each demo purpose serves, looked up by name (the
 * register is seeded first, and its references follow creation dates). A missing name fails loudly.
 */
export async function demoPurposeReferences(db: Executor): Promise<Map<string, string[]>> {
  const names = [...new Set(demoPurposes.flatMap((p) => p.registerEntries))];
  const rows = await db
    .select({ name: processingActivities.name, reference: processingActivities.reference })
    .from(processingActivities)
    .where(inArray(processingActivities.name, names));
  const byName = new Map(rows.map((row) => [row.name, row.reference]));
  const referenceOf = (name: string) => {
    const reference = byName.get(name);
    if (!reference) throw new Error(`demo consent: no register entry named "${name}"`);
    return reference;
  };
  return new Map(demoPurposes.map((p) => [p.key, p.registerEntries.map(referenceOf)]));
}

/**
 * Eight purposes with two text versions each, and `count` events over two years
 * plus a campaign-driven spike of SMS withdrawals (an SMS campaign ~150 days
 * ago, answered by STOP). Deterministic: every choice is a hash of the event's
 * number, no random(). Written set-based with generate_series (no row-by-row),
 * then state and rollups are computed once by the rebuild.
 */
export async function seedConsent(db: Db, now: Date, count: number): Promise<void> {
  const start = new Date(now.getTime() - 730 * DAY);
  const params = [];
  let cumulative = 0;
  const references = await demoPurposeReferences(db);
  for (const [i, p] of demoPurposes.entries()) {
    const [row] = await db
      .insert(consentPurposes)
      .values({
        key: p.key,
        kind: p.kind,
        labelFr: p.labelFr,
        labelEn: p.labelEn,
        description: p.description,
        registerRefs: references.get(p.key)!,
        channels: p.channels,
        campaignChannels: p.campaignChannels,
        createdAt: start,
        updatedAt: start,
      })
      .returning();
    const v2From = new Date(now.getTime() - (270 - i * 15) * DAY);
    const v1From = p.startsAt ? new Date(p.startsAt) : start;
    await db.insert(consentTextVersions).values([
      { purposeId: row!.id, version: "v1", effectiveFrom: isoDate(v1From), text: p.texts[0], createdAt: start },
      { purposeId: row!.id, version: "v2", effectiveFrom: isoDate(v2From), text: p.texts[1], createdAt: start },
    ]);
    params.push({
      idx: i,
      id: row!.id,
      key: p.key,
      channels: p.channels,
      lo: cumulative,
      hi: cumulative + p.weight,
      grant_rate: p.grantRate,
      v2_from: v2From.toISOString(),
      starts: (p.startsAt ? new Date(Math.max(Date.parse(p.startsAt), start.getTime())) : start).toISOString(),
    });
    cumulative += p.weight;
  }
  if (count === 0) return;
  const subscribers = Math.max(10, Math.round(count / 4));
  const end = new Date(now.getTime() - 3_600_000);
  const campaignDay = new Date(now.getTime() - 150 * DAY);
  const payload = JSON.stringify(params);
  const purposesCte = sql`purposes as (
    select * from jsonb_to_recordset(${payload}::jsonb) as p(idx int, id uuid, key text, channels text[], lo int, hi int, grant_rate float8, v2_from timestamptz, starts timestamptz))`;
  await db.execute(
    sql`select consent_ensure_partition(${start.toISOString()}::timestamptz + make_interval(months => m)) from generate_series(0, 25) m`,
  );
  await db.execute(sql`with ${purposesCte},
    draws as (
      select i, (abs(hashint4(i * 3 + 1)) % 100) as pick, abs(hashint4(i * 5 + 2)) % ${subscribers} as sub,
             (abs(hashint4(i * 7 + 3)) % 1000000) / 1000000.0 as u, (abs(hashint4(i * 11 + 4)) % 1000) / 1000.0 as g,
             abs(hashint4(i * 13 + 5)) as c
      from generate_series(1, ${count}) i
    ), events as (
      select d.i, p.id as purpose_id, p.key, d.sub, d.g < p.grant_rate as is_grant, p.channels[1 + d.c % array_length(p.channels, 1)] as channel, p.v2_from,
             p.starts + sqrt(d.u) * (${end.toISOString()}::timestamptz - p.starts) as at
      from draws d join purposes p on d.pick >= p.lo and d.pick < p.hi
    )
    insert into consent_events (occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id, sender, source, proof, received_at)
    select date_trunc('second', at), ('x' || encode(substr(sha256(convert_to(${DEMO_SENDER}, 'UTF8') || '\\x00'::bytea || convert_to('demo-' || i, 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint,
           'SUB-' || lpad(to_hex(sub), 7, '0'), purpose_id, is_grant, channel, case when at >= v2_from then 'v2' else 'v1' end,
           'demo-' || i, ${DEMO_SENDER}, channel || '-client',
           case when channel in ('app', 'web') then jsonb_build_object('interface', channel || '/consent-center', 'checkbox', key) end,
           date_trunc('second', at) + interval '2 seconds'
    from events`);
  // The campaign: an SMS blast, then thousands of STOP replies over two days.
  const spike = Math.round(count * 0.012);
  await db.execute(sql`with ${purposesCte}
    insert into consent_events (occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id, sender, source, proof, received_at)
    select at, ('x' || encode(substr(sha256(convert_to(${DEMO_SENDER}, 'UTF8') || '\\x00'::bytea || convert_to('demo-stop-' || i, 'UTF8')), 1, 8), 'hex'))::bit(64)::bigint,
           'SUB-' || lpad(to_hex(abs(hashint4(i * 17 + 6)) % ${subscribers}), 7, '0'), p.id, false, 'sms', case when at >= p.v2_from then 'v2' else 'v1' end,
           'demo-stop-' || i, ${DEMO_SENDER}, 'sms-gateway', jsonb_build_object('reply', 'STOP'), at + interval '5 seconds'
    from (select i, date_trunc('second', ${campaignDay.toISOString()}::timestamptz + (abs(hashint4(i * 19 + 7)) % 1000000) / 1000000.0 * (case when i % 4 = 0 then interval '48 hours' else interval '10 hours' end)) as at
          from generate_series(1, ${spike}) i) s
    join purposes p on p.key = 'sms_email_marketing'`);
  await db.execute(
    sql`insert into consent_event_keys (key) select event_key from consent_events on conflict do nothing`,
  );
  await rebuildConsent(db);
  await seedCampaignChecks(db, now, subscribers);
  await db.transaction((tx) =>
    appendAudit(
      tx,
      SYSTEM,
      {
        action: "demo.seed",
        entityType: "consent_batch",
        meta: { purposes: demoPurposes.length, events: count + spike },
      },
      now,
    ),
  );
}
