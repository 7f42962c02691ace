/**
 * `npm run bench:consent -- [events] [port]` (PostgreSQL: BENCH_DATABASE_URL or DATABASE_URL).
 * In one run, on a database of its own (created, then dropped):
 *  1. ingestion through the real HTTP endpoint of a production server (batches of 5,000, 2 concurrent
 *     senders) against raw COPY of the same rows into an identically indexed bare table;
 *  2. the dashboard (p50/p95 over 100 runs, varied filters) against the naive recomputation from raw events;
 *  3. the server's peak RSS during ingestion.
 * Default volume: 10 M events / 2 M subscribers. Needs `npm run build` first.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { openDatabase, setDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { seedConsent } from "@/lib/demo/consent";
import { seedRegister } from "@/lib/demo/register";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { dashboardQueries, dashboardScope, unsafeReadDashboard } from "@/lib/consent/dashboard/read";
import { rebuildConsent } from "@/lib/consent/ingest/rebuild";
import { bareRow, benchEvent } from "./consent-events";
import { createScratchDatabase } from "./databases";
import { cpuBetween, cpuSnapshot, machineBetween, machineSnapshot } from "./cpu";
import { naiveQueries } from "./consent-naive";
import { pgStats, pgStatsBetween, walBytesBetween } from "./pg-stats";
import { sampleBackendWaits } from "./pg-waits";

const total = Number(process.argv[2] ?? 10_000_000);
const port = Number(process.argv[3] ?? 3293);
const subscribers = Math.max(10, Math.round(total / 5));
const BATCH = 5_000;
const SENDERS = 2;
const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!server)
  throw new Error(
    "Set BENCH_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server the benchmark may create a database on",
  );
if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first");

const scratch = await createScratchDatabase(server, "vigie_bench_consent");
const { admin } = scratch;
const url = new URL(scratch.url);
const handle = await openDatabase({ url: scratch.url, max: 4 });
setDatabase(handle);
const end = Date.now() - 3_600_000;
let child: ReturnType<typeof spawn> | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (child?.pid) process.kill(-child.pid, "SIGTERM");
    process.exit(1);
  });
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function rssOfGroup(pgid: number): number {
  let sum = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(stat[2]) !== pgid) continue;
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      sum += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return sum;
}

try {
  await runMigrations(handle);
  // Purposes link to register entries: the demo register goes first.
  await handle.db.transaction((tx) => seedRegister(tx, { id: null, label: "bench" }, new Date(end)));
  await seedConsent(handle.db, new Date(end), 0);
  const { key, row } = await unsafeInsertApiKey(handle.db, {
    name: "bench",
    scopes: ["consent:write"],
    createdBy: null,
    now: new Date(),
  });
  const purposeIds = new Map((await handle.db.query.consentPurposes.findMany()).map((p) => [p.key, p.id]));
  console.log(
    `Consent benchmark: ${fmt(total)} events, ${fmt(subscribers)} subscribers, 2 years, ${purposeIds.size} purposes; ${os.cpus().length} cores`,
  );

  // 1. Through the real endpoint.
  // BENCH_SERVER_CPU_PROFILE=<dir>: write a V8 CPU profile of the server (open it in Chrome's DevTools).
  const profile = process.env.BENCH_SERVER_CPU_PROFILE
    ? ["--cpu-prof", "--cpu-prof-dir", process.env.BENCH_SERVER_CPU_PROFILE]
    : [];
  child = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      AUTH_SECRET: randomBytes(33).toString("base64"),
      NODE_ENV: "production",
      PORT: String(port),
    },
  });
  const base = `http://127.0.0.1:${port}`;
  let exited = false;
  child.on("exit", () => (exited = true));
  for (let attempt = 0; ; attempt++) {
    if (exited) throw new Error(`the server on port ${port} exited at start (port in use?)`);
    if (attempt > 120) throw new Error("the server did not become healthy within a minute");
    const healthy = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssOfGroup(child!.pid!))), 250);
  let next = 0;
  let accepted = 0;
  let duplicates = 0;
  // Each timed phase starts with no dirty pages left by what came before (seeding here, ingestion for COPY).
  await admin.query("checkpoint");
  const statsDb = new pg.Client({ connectionString: url.toString() });
  await statsDb.connect();
  const statsBefore = await pgStats(admin, statsDb);
  const machineBefore = machineSnapshot();
  const cpuBefore = cpuSnapshot();
  const stopSampling = sampleBackendWaits(statsDb, url.pathname.slice(1));
  const started = performance.now();
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (next < total) {
        const from = next;
        next += BATCH;
        const batch = [];
        for (let i = from; i < Math.min(total, from + BATCH); i++) batch.push(benchEvent(i, total, subscribers, end));
        const response = await fetch(`${base}/api/v1/consent/events`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify(batch),
        });
        if (!response.ok) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
        const body = (await response.json()) as { accepted: number; duplicates: number; rejected: unknown[] };
        if (body.rejected.length) throw new Error(`rejected: ${JSON.stringify(body.rejected[0])}`);
        accepted += body.accepted;
        duplicates += body.duplicates;
      }
    }),
  );
  const httpSeconds = (performance.now() - started) / 1000;
  const httpWaits = await stopSampling();
  const httpCpu = cpuBetween(cpuBefore, cpuSnapshot(), child.pid);
  const httpMachine = machineBetween(machineBefore, machineSnapshot());
  clearInterval(sampler);
  process.kill(-child.pid!, "SIGTERM");
  child = undefined;
  const statsAfter = await pgStats(admin, statsDb);
  const httpStats = pgStatsBetween(statsBefore, statsAfter, total);
  const httpWal = walBytesBetween(statsBefore, statsAfter);

  // Baseline: raw COPY of the same rows into a bare table with the same indexes.
  const raw = new pg.Client({ connectionString: url.toString() });
  await raw.connect();
  await raw.query(
    `create table bench_bare_events (occurred_at timestamptz(3) not null, event_key bigint not null, subscriber_ref text not null, purpose_id uuid not null, is_grant boolean not null, channel text not null, text_version text not null, event_id text not null, sender text not null, source text)`,
  );
  await raw.query(
    `create index on bench_bare_events (subscriber_ref, purpose_id, occurred_at); create index on bench_bare_events using brin (occurred_at); create unique index on bench_bare_events (event_key)`,
  );
  await raw.query("checkpoint");
  const copyStatsBefore = await pgStats(admin, statsDb);
  const copyMachineBefore = machineSnapshot();
  const copyCpuBefore = cpuSnapshot();
  const copyStarted = performance.now();
  const writable = raw.query(
    copyFrom(
      "copy bench_bare_events (occurred_at, event_key, subscriber_ref, purpose_id, is_grant, channel, text_version, event_id, sender, source) from stdin",
    ),
  );
  await pipeline(
    Readable.from(
      (function* () {
        for (let i = 0; i < total; i += 1000) {
          let chunk = "";
          for (let j = i; j < Math.min(total, i + 1000); j++)
            chunk += bareRow(benchEvent(j, total, subscribers, end), row.id, purposeIds);
          yield chunk;
        }
      })(),
    ),
    writable,
  );
  const copySeconds = (performance.now() - copyStarted) / 1000;
  const copyCpu = cpuBetween(copyCpuBefore, cpuSnapshot());
  const copyMachine = machineBetween(copyMachineBefore, machineSnapshot());
  await raw.end();
  const copyStatsAfter = await pgStats(admin, statsDb);
  const copyStats = pgStatsBetween(copyStatsBefore, copyStatsAfter, total);
  const copyWal = walBytesBetween(copyStatsBefore, copyStatsAfter);
  await statsDb.end();
  const httpRate = total / httpSeconds;
  const copyRate = total / copySeconds;
  console.log(
    `\n1. Ingestion: HTTP ${fmt(httpRate)} events/s (${httpSeconds.toFixed(1)} s, accepted ${fmt(accepted)}, duplicates ${fmt(duplicates)}) vs raw COPY ${fmt(copyRate)} rows/s (${copySeconds.toFixed(1)} s): ratio ${(httpRate / copyRate).toFixed(2)} (goal ≥ 0.5)`,
  );
  const perEvent = (seconds: number) => `${((seconds * 1e6) / total).toFixed(1)} µs`;
  console.log(
    `   CPU per event — HTTP: sender ${perEvent(httpCpu.bench)}, server ${perEvent(httpCpu.server)}, PostgreSQL ${perEvent(httpCpu.postgres)}; COPY: sender ${perEvent(copyCpu.bench)}, PostgreSQL ${perEvent(copyCpu.postgres)}`,
  );
  console.log(`   WAL written per event — HTTP ${fmt(httpWal / total)} bytes, COPY ${fmt(copyWal / total)} bytes`);
  console.log(`   Machine during HTTP: ${httpMachine}; during COPY: ${copyMachine}`);
  console.log(`   HTTP: ${httpWaits}`);
  for (const [phase, lines] of [
    ["HTTP", httpStats],
    ["COPY", copyStats],
  ] as const)
    for (const line of lines) console.log(`   ${phase}: ${line}`);
  console.log(`3. Server peak RSS during ingestion: ${fmt(peakRss / 1048576)} MB`);

  const check = await rebuildConsent(handle.db, { dryRun: true });
  console.log(
    `   Rollups after ingestion vs rebuild from events: ${check.rollupDifferences} rollup and ${check.stateDifferences} state differences (${fmt(check.events)} events)`,
  );

  // 2. Dashboard from rollups vs naive recomputation from raw events (BENCH_INGEST_ONLY=1 skips it).
  if (!process.env.BENCH_INGEST_ONLY) {
    const keys = [...purposeIds.keys()];
    const channels = ["app", "web", "shop", "sms"];
    const day = (offset: number) => new Date(end - offset * 86_400_000).toISOString().slice(0, 10);
    const filtersOf = (i: number) => ({
      from: day(30 + (i % 5) * 60 + 120),
      to: day((i % 5) * 30),
      purposes: i % 3 === 0 ? [] : [keys[i % keys.length]!],
      channels: i % 4 === 0 ? [] : [channels[i % channels.length]!],
      granularity: (["day", "week", "month"] as const)[i % 3]!,
    });
    const timeRuns = async (runs: number, body: (i: number) => Promise<unknown>) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await body(i);
        times.push(performance.now() - t0);
      }
      return { p50: percentile(times, 50), p95: percentile(times, 95) };
    };
    const scopes = await Promise.all(
      Array.from({ length: 100 }, async (_, i) => (await dashboardScope(handle.db, filtersOf(i))).scope),
    );
    const whole = await timeRuns(100, (i) => unsafeReadDashboard(handle.db, filtersOf(i)));
    console.log(`\n2. Dashboard, 100 runs with varied filters (period, purpose, channel, granularity), rollups only:`);
    console.log(
      `   whole page (4 reads side by side + shaping): p50 ${whole.p50.toFixed(1)} ms, p95 ${whole.p95.toFixed(1)} ms`,
    );
    // The naive queries take seconds each at 10 M events (~15 min for 4 × 100 runs): BENCH_NAIVE_RUNS=5 for a quick look.
    const naiveRuns = Number(process.env.BENCH_NAIVE_RUNS ?? 100);
    const labels = {
      current: "opted in now and ever asked",
      optedInNets: "opted-in over time",
      flows: "grants and withdrawals by channel",
      versions: "text versions",
    } as const;
    for (const name of Object.keys(labels) as (keyof typeof labels)[]) {
      const fast = await timeRuns(100, (i) => dashboardQueries(handle.db, scopes[i]!)[name]());
      const naive = await timeRuns(naiveRuns, (i) => naiveQueries(handle.db, scopes[i]!)[name]());
      console.log(
        `   ${labels[name].padEnd(34)} rollups p50 ${fast.p50.toFixed(2)} ms, p95 ${fast.p95.toFixed(2)} ms${fast.p95 < 50 ? "" : " (over 50 ms)"}` +
          ` | raw events (${naiveRuns} runs, same filters) p50 ${fmt(naive.p50)} ms, p95 ${fmt(naive.p95)} ms | ratio 1/${fmt(naive.p50 / fast.p50)} (goal ≤ 1/100)`,
      );
    }
  }
} finally {
  if (child?.pid) process.kill(-child.pid, "SIGTERM");
  await handle.close();
  await scratch.drop();
}
