/**
 * The page benchmark's data at operator scale, on top of the demo operator (bench/pages.ts): the
 * register grown to 5,000 entries (the variations bench/register.ts times) and the incidents to
 * 2,000 — copies of the demo's closed incidents further back in time, with their notifications,
 * plus a few copies of the open ones (an operator has a handful of open incidents, not hundreds).
 */
import { sql } from "drizzle-orm";
import { rowsOf, type DatabaseHandle } from "@/db/client";
import { DEMO_REGISTER } from "@/lib/demo/register";
import { buildEntry, isoDay } from "@/lib/demo/register-builders";
import type { ProcessingActivity } from "@/lib/register/schemas";
import { insertActivities } from "@/lib/register/store";

/** Variations of the 40 demo entries: statuses, review dates and DPIA states spread over the register. */
export function benchEntry(i: number, now: Date): ProcessingActivity {
  const base = buildEntry(DEMO_REGISTER[i % DEMO_REGISTER.length]!, now);
  const status = i % 10 === 0 ? "draft" : i % 23 === 0 ? "retired" : "active";
  return {
    ...base,
    name: `${base.name} — ${Math.floor(i / DEMO_REGISTER.length) + 1}`,
    status,
    nextReviewOn: isoDay(now, (i % 400) - 100),
  };
}

async function count(handle: DatabaseHandle, table: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`)));
  return Number(row!.n);
}

/** Adds register entries until the register holds `entries`. */
export async function growRegister(handle: DatabaseHandle, entries: number, now: Date): Promise<void> {
  const actor = { id: null, label: "bench" };
  const missing = entries - (await count(handle, "processing_activities"));
  for (let start = 0; start < missing; start += 500) {
    const batch = Array.from({ length: Math.min(500, missing - start) }, (_, k) => benchEntry(start + k, now));
    await handle.db.transaction((tx) => insertActivities({ tx, actor, now }, batch, "import"));
  }
}

/**
 * Adds copies of the demo incidents until there are about `total`: closed ones shifted back by whole
 * weeks (every date moves together, notifications included), open ones copied three times as they are.
 */
export async function growIncidents(handle: DatabaseHandle, total: number): Promise<void> {
  const existing = await count(handle, "incidents");
  const closed = rowsOf<{ n: number }>(
    await handle.db.execute(sql`select count(*)::int as n from incidents where status = 'closed'`),
  )[0]!.n;
  const openCopies = 3;
  const open = existing - Number(closed);
  const closedCopies = Math.max(0, Math.ceil((total - existing - open * openCopies) / Math.max(1, Number(closed))));
  const columns = rowsOf<{ column_name: string; data_type: string }>(
    await handle.db.execute(sql`select column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name = 'incidents' order by ordinal_position`),
  );
  const shifted = (name: string, type: string) => (type.startsWith("timestamp") ? `i.${name} - m.shift` : `i.${name}`);
  const copied = columns.filter((c) => c.column_name !== "id" && c.column_name !== "reference");
  await handle.db.transaction(async (tx) => {
    await tx.execute(
      sql.raw(`create temporary table bench_incident_map on commit drop as
        select gen_random_uuid() as new_id, i.id as src_id,
          case when i.status = 'closed' then make_interval(days => 7 * k) else interval '0' end as shift,
          row_number() over () as n
        from incidents i cross join generate_series(1, ${Math.max(closedCopies, openCopies)}) k
        where (i.status = 'closed' and k <= ${closedCopies}) or (i.status <> 'closed' and k <= ${openCopies})`),
    );
    await tx.execute(
      sql.raw(`insert into incidents (id, reference, ${copied.map((c) => c.column_name).join(", ")})
        select m.new_id,
          'INC-' || extract(year from i.detected_at - m.shift)::int || '-' || (100000 + m.n)::text,
          ${copied.map((c) => shifted(c.column_name, c.data_type)).join(", ")}
        from bench_incident_map m join incidents i on i.id = m.src_id`),
    );
    const notificationColumns = rowsOf<{ column_name: string; data_type: string }>(
      await tx.execute(sql`select column_name, data_type from information_schema.columns
        where table_schema = 'public' and table_name = 'incident_notifications' order by ordinal_position`),
    ).filter((c) => c.column_name !== "id" && c.column_name !== "incident_id");
    await tx.execute(
      sql.raw(`insert into incident_notifications (incident_id, ${notificationColumns.map((c) => c.column_name).join(", ")})
        select m.new_id, ${notificationColumns.map((c) => shifted(c.column_name, c.data_type).replace("i.", "n.")).join(", ")}
        from bench_incident_map m join incident_notifications n on n.incident_id = m.src_id`),
    );
  });
  await handle.db.execute(sql`analyze`);
}
