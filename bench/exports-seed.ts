import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/db/client";
import { GENESIS_HASH, hashAuditContent, toJson, type AuditContent } from "@/lib/audit/canonical";
import { seedDemo } from "@/lib/demo";
import { DEMO_REGISTER } from "@/lib/demo/register";
import { buildEntry } from "@/lib/demo/register-builders";
import { insertActivities } from "@/lib/register/store";

/**
 * The data of `npm run bench:exports` at one scale, on top of the demo operator: register entries
 * (the demo's, renamed, in batches of 500), incidents copied from the demo's with their instants
 * spread over two years (one INSERT … SELECT), two years of consent rollups for every purpose ×
 * channel × text version the demo knows (one INSERT … SELECT), and audit entries chained with real
 * hashes (5,000 per INSERT … FROM jsonb_to_recordset), so the extract's chain verdict is "intact".
 */
export interface Scale {
  entries: number;
  incidents: number;
  auditEntries: number;
}

const DAY_MS = 86_400_000;
const YEARS_MS = 730 * DAY_MS;

async function seedRegister(db: Db, entries: number, now: Date) {
  const [{ n } = { n: 0 }] = rowsOf<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from processing_activities`),
  );
  for (let start = n; start < entries; start += 500) {
    const batch = Array.from({ length: Math.min(500, entries - start) }, (_, k) => {
      const base = buildEntry(DEMO_REGISTER[(start + k) % DEMO_REGISTER.length]!, now);
      return { ...base, name: `${base.name} — ${start + k + 1}` };
    });
    await db.transaction((tx) => insertActivities({ tx, actor: { id: null, label: "bench" }, now }, batch, "import"));
  }
}

async function seedIncidents(db: Db, wanted: number, now: Date) {
  const [{ n } = { n: 0 }] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from incidents`));
  const count = wanted - n;
  if (count <= 0) return;
  const columns = rowsOf<{ column_name: string; data_type: string }>(
    await db.execute(
      sql`select column_name, data_type from information_schema.columns where table_name = 'incidents' and column_name not in ('id', 'reference', 'external_id', 'detected_at') order by ordinal_position`,
    ),
  );
  const names = columns.map((c) => `"${c.column_name}"`).join(", ");
  const values = columns
    .map((c) =>
      c.data_type === "timestamp with time zone" ? `src."${c.column_name}" + g.shift` : `src."${c.column_name}"`,
    )
    .join(", ");
  const start = now.getTime() - YEARS_MS;
  await db.execute(
    sql.raw(`
      with src as (select *, row_number() over (order by reference) - 1 as k, count(*) over () as total from incidents),
      g as (
        select n, (timestamptz '${new Date(start).toISOString()}' + (n * ${YEARS_MS / count}) * interval '1 millisecond') as detected
        from generate_series(0, ${count - 1}) as n
      )
      insert into incidents (reference, detected_at, ${names})
      select 'INC-1999-' || lpad((g.n + 1)::text, 5, '0'), g.detected, ${values.replaceAll("g.shift", "(g.detected - src.detected_at)")}
      from g join src on src.k = g.n % src.total
    `),
  );
}

async function seedConsentRollups(db: Db, now: Date) {
  await db.execute(sql`
    insert into consent_daily (purpose_id, day, channel, text_version, grants, withdrawals, net_opted_in, first_asked)
    select c.purpose_id, d::date, c.channel, c.text_version,
           (40 + (random() * 400))::int, (random() * 60)::int, (random() * 300)::int, (random() * 200)::int
    from (select distinct purpose_id, channel, text_version from consent_daily) c
    cross join generate_series(${new Date(now.getTime() - YEARS_MS).toISOString()}::timestamptz, ${now.toISOString()}::timestamptz, interval '1 day') d
    on conflict do nothing`);
}

async function seedAudit(db: Db, count: number, now: Date) {
  const [last] = rowsOf<{ seq: string | number; hash: string }>(
    await db.execute(sql`select seq, hash from audit_log order by seq desc limit 1`),
  );
  let seq = last ? Number(last.seq) : 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const start = now.getTime() - YEARS_MS;
  for (let done = 0; done < count;) {
    const batch: (AuditContent & { hash: string })[] = [];
    for (; batch.length < 5_000 && done < count; done++) {
      const content: AuditContent = {
        seq: ++seq,
        id: randomUUID(),
        occurredAt: new Date(start + Math.floor((done * YEARS_MS) / count)).toISOString(),
        actorId: null,
        actorLabel: 'API key "CMP" (bench)',
        action: done % 10 === 0 ? "register.update" : "consent.ingest",
        entityType: done % 10 === 0 ? "processing_activity" : "consent_batch",
        entityId: `bench-${done}`,
        before: done % 10 === 0 ? toJson({ name: "Prospection", version: done }) : null,
        after: done % 10 === 0 ? toJson({ name: "Prospection commerciale", version: done + 1 }) : null,
        meta: toJson({ accepted: 5_000, duplicates: done % 7, rejected: 0 }),
        prevHash,
      };
      const hash = hashAuditContent(content);
      prevHash = hash;
      batch.push({ ...content, hash });
    }
    await db.execute(sql`
      insert into audit_log (seq, id, occurred_at, actor_id, actor_label, action, entity_type, entity_id, before, after, meta, prev_hash, hash)
      select seq, id, occurred_at, actor_id, actor_label, action, entity_type, entity_id, before, after, meta, prev_hash, hash
      from jsonb_to_recordset(${JSON.stringify(
        batch.map((e) => ({
          seq: e.seq,
          id: e.id,
          occurred_at: e.occurredAt,
          actor_id: e.actorId,
          actor_label: e.actorLabel,
          action: e.action,
          entity_type: e.entityType,
          entity_id: e.entityId,
          before: e.before,
          after: e.after,
          meta: e.meta,
          prev_hash: e.prevHash,
          hash: e.hash,
        })),
      )}::jsonb) as r(seq bigint, id uuid, occurred_at timestamptz, actor_id uuid, actor_label text, action text,
        entity_type text, entity_id text, before jsonb, after jsonb, meta jsonb, prev_hash text, hash text)`);
  }
}

/** Seed one scale into an empty, migrated database; returns the seconds each part took. */
export async function seedScale(db: Db, scale: Scale, now: Date): Promise<Record<string, number>> {
  const took: Record<string, number> = {};
  const step = async (name: string, run: () => Promise<void>) => {
    const started = performance.now();
    await run();
    took[name] = (performance.now() - started) / 1000;
  };
  await step("demo", () => seedDemo(db, now, { consentEvents: 5_000 }));
  await step("register", () => seedRegister(db, scale.entries, now));
  await step("incidents", () => seedIncidents(db, scale.incidents, now));
  await step("consent rollups", () => seedConsentRollups(db, now));
  await step("audit", () => seedAudit(db, scale.auditEntries, now));
  await db.execute(sql`analyze`);
  return took;
}
