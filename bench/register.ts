/**
 * `npm run bench:register`: the register list at operator scale. Seeds 5,000 entries, then times
 * the list query (filters + sort + page + count, as the page runs it) over 200 runs against a
 * plain SELECT of one page of the same columns (no filter, no count) as baseline, and prints
 * p50/p95 and the ratio. PGlite always; PostgreSQL when BENCH_DATABASE_URL or DATABASE_URL is set.
 */
import os from "node:os";
import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { processingActivities } from "@/db/schema";
import { DEMO_REGISTER } from "@/lib/demo/register";
import { buildEntry, isoDay } from "@/lib/demo/register-builders";
import { REGISTER_PAGE_SIZE, registerFiltersSchema } from "@/lib/register/list/filters";
import { fetchActivityPage, listColumns } from "@/lib/register/list/query";
import type { ProcessingActivity } from "@/lib/register/schemas";
import { insertActivities } from "@/lib/register/store";
import { benchDatabases } from "./databases";

const ENTRIES = 5_000;
const RUNS = 200;
const NOW = new Date();
const TODAY = NOW.toISOString().slice(0, 10);

process.env.BENCH_DATABASE_URL ??= process.env.DATABASE_URL;

/** Variations of the 40 demo entries: statuses, review dates and DPIA states spread over the register. */
function entryNumber(i: number): ProcessingActivity {
  const base = buildEntry(DEMO_REGISTER[i % DEMO_REGISTER.length]!, NOW);
  const status = i % 10 === 0 ? "draft" : i % 23 === 0 ? "retired" : "active";
  return {
    ...base,
    name: `${base.name} — ${Math.floor(i / DEMO_REGISTER.length) + 1}`,
    status,
    nextReviewOn: isoDay(NOW, (i % 400) - 100),
  };
}

async function seed(handle: DatabaseHandle) {
  const actor = { id: null, label: "bench" };
  for (let start = 0; start < ENTRIES; start += 500) {
    const batch = Array.from({ length: Math.min(500, ENTRIES - start) }, (_, k) => entryNumber(start + k));
    await handle.db.transaction((tx) => insertActivities({ tx, actor, now: NOW }, batch, "import"));
  }
  await handle.db.execute(sql`analyze processing_activities`);
}

async function measure(body: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await body();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await body();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(RUNS * 0.5)]!, p95: times[Math.floor(RUNS * 0.95)]! };
}

const SCENARIOS = {
  "status=active&traffic=1&dpia=missing&sort=nextReview&page=2": {
    status: "active",
    traffic: "1",
    dpia: "missing",
    sort: "nextReview",
    page: "2",
  },
  "q=offres&legalBasis=legitimate_interests&incomplete=1&sort=name&dir=desc": {
    q: "offres",
    legalBasis: "legitimate_interests",
    incomplete: "1",
    sort: "name",
    dir: "desc",
  },
} as const;

const ms = (value: number) => `${value.toFixed(2)} ms`;

for await (const target of benchDatabases()) {
  console.log(`\n## ${target.label} — ${os.cpus().length} cores`);
  try {
    const started = performance.now();
    await seed(target.handle);
    console.log(`seeded ${ENTRIES} entries (with versions) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const db = target.handle.db;
    const baseline = await measure(() =>
      db.select(listColumns).from(processingActivities).limit(REGISTER_PAGE_SIZE).offset(REGISTER_PAGE_SIZE),
    );
    console.log(`  baseline  plain SELECT of one page       p50 ${ms(baseline.p50)}  p95 ${ms(baseline.p95)}`);
    for (const [label, params] of Object.entries(SCENARIOS)) {
      const filters = registerFiltersSchema.parse(params);
      const { total } = await fetchActivityPage(db, filters, TODAY);
      const list = await measure(() => fetchActivityPage(db, filters, TODAY));
      console.log(`  list      ${label}  (${total} matching)`);
      console.log(
        `            p50 ${ms(list.p50)}  p95 ${ms(list.p95)}   ratio p50 ${(list.p50 / baseline.p50).toFixed(2)}x  p95 ${(list.p95 / baseline.p95).toFixed(2)}x of baseline`,
      );
    }
  } finally {
    await target.dispose();
  }
}
