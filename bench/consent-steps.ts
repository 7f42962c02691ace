/**
 * `npm run bench:consent-steps -- [events]` (PostgreSQL: BENCH_DATABASE_URL): where an ingestion batch
 * spends its time. Stores the benchmark's event stream in batches of 5,000 straight through
 * storeEvents (no HTTP, one batch at a time) and prints, every 200,000 events, the wall time per event
 * of each step (events and keys, claiming the pairs, states, rollups, whole transaction). With
 * BENCH_EXPLAIN=1, two more batches run with auto_explain (ANALYZE, BUFFERS): their plans go to the
 * PostgreSQL server's log. A diagnostic, not a goal: the goals are in `npm run bench:consent`.
 */
import { sql } from "drizzle-orm";
import { openDatabase, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedConsent } from "@/lib/demo/consent";
import { seedRegister } from "@/lib/demo/register";
import { loadCatalogue } from "@/lib/consent/purposes/catalogue";
import { ensurePartitions, storeEvents } from "@/lib/consent/ingest/store-events";
import { validateEvents, type Catalogue } from "@/lib/consent/ingest/validate-events";
import { benchEvent } from "./consent-events";
import { createScratchDatabase } from "./databases";

const total = Number(process.argv[2] ?? 1_000_000);
const BATCH = 5_000;
const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!server)
  throw new Error(
    "Set BENCH_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server the benchmark may create a database on",
  );
const subscribers = Math.max(10, Math.round(total / 5));
const end = Date.now() - 3_600_000;

const scratch = await createScratchDatabase(server, "vigie_bench_steps");
const handle = await openDatabase({ url: scratch.url, max: 1 });

async function storeBatch(
  db: Db,
  catalogue: Catalogue,
  from: number,
  count: number,
  onStep: (step: string, ms: number) => void,
) {
  const items = [];
  for (let i = from; i < from + count; i++) items.push(benchEvent(i, total + 2 * BATCH, subscribers, end));
  const batch = validateEvents(items, catalogue, "bench", new Date());
  await ensurePartitions(
    db,
    batch.valid.map((e) => e.occurredAt),
  );
  const started = performance.now();
  await db.transaction((tx) => storeEvents(tx, batch.valid, onStep));
  onStep("transaction", performance.now() - started);
}

try {
  await runMigrations(handle);
  await handle.db.transaction((tx) => seedRegister(tx, { id: null, label: "bench" }, new Date(end)));
  await seedConsent(handle.db, new Date(end), 0);
  const catalogue = await loadCatalogue(handle.db);
  console.log(
    `Ingestion steps: ${total.toLocaleString("en-US")} events in batches of ${BATCH}, one at a time; µs of wall time per event`,
  );
  const steps = new Map<string, number>();
  for (let from = 0; from < total; from += BATCH) {
    await storeBatch(handle.db, catalogue, from, Math.min(BATCH, total - from), (step, ms) =>
      steps.set(step, (steps.get(step) ?? 0) + ms),
    );
    const done = Math.min(total, from + BATCH);
    if (done % 200_000 === 0 || done === total)
      console.log(
        `${done.toLocaleString("en-US").padStart(12)}  ${[...steps].map(([step, ms]) => `${step} ${((ms * 1000) / done).toFixed(1)}`).join(" | ")}`,
      );
  }
  if (process.env.BENCH_EXPLAIN) {
    for (const setting of [
      "load 'auto_explain'",
      "set auto_explain.log_min_duration = 0",
      "set auto_explain.log_analyze = on",
      "set auto_explain.log_buffers = on",
    ]) {
      await handle.db.execute(sql.raw(setting));
    }
    for (let from = total; from < total + 2 * BATCH; from += BATCH) {
      await storeBatch(handle.db, catalogue, from, BATCH, (step, ms) =>
        console.log(`  explained batch: ${step} ${ms.toFixed(1)} ms`),
      );
    }
    console.log("Plans written to the PostgreSQL server's log.");
  }
} finally {
  await handle.close();
  await scratch.drop();
}
