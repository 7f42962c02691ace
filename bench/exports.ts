/**
 * `npm run bench:exports` (PostgreSQL: BENCH_DATABASE_URL or DATABASE_URL). Seeds two scales in
 * scratch databases — 500 and 5,000 register entries, 200 and 2,000 incidents, 20,000 and 200,000
 * audit entries, two years of consent rollups at both — then runs each report and the whole audit
 * pack, and a baseline (the same rows dumped to JSON with no formatting), EACH IN A CHILD PROCESS
 * whose peak RSS (getrusage maxrss) and wall time are read. Prints each export's time as a ratio
 * to its baseline, and each export's peak RSS at 5,000 entries against 500 (goal ≤ 1.3; whole
 * pack < 60 s). Each export runs as the server runs it (`renderExport`: on PostgreSQL in a worker thread with
 * a bounded heap, into a file; BENCH_IN_THREAD=1: in the child's own thread, as embedded mode does). The
 * worker runs from sources here (it registers tsx, ≈ 150 MB more RSS than the bundled server's worker), and
 * the heap column is the child's main thread only (the peak RSS covers the worker). Each child's CPU time (user + system) is printed next to its wall time, and the
 * machine's load (`uptime`) before each scale: on a shared machine the wall time is noisy.
 * BENCH_PERIOD_DAYS sets the period of the period-bound reports and the pack (730 by default).
 * BENCH_SCALES=large runs the large scale only; BENCH_ONLY="register pdf,audit-pack zip" runs those
 * exports only; BENCH_KEEP=1 keeps each scale's seeded database (exp2_bench_keep_<scale>) and reuses
 * it on the next run instead of seeding again (drop it by hand when done); BENCH_KEEP=<prefix> names
 * it <prefix>_<scale> instead, so that two people benchmarking on one server keep apart.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { openDatabase, rowsOf, setDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import type { Actor } from "@/lib/auth/actor";
import type { ExportFormat, ReportKind } from "@/lib/exports/contract";
import { generateSigningKeyPem } from "@/lib/exports/pack/signing-key";
import type { RenderRequest } from "@/lib/exports/centre/generate";
import { renderExport, renderInWorker } from "@/lib/exports/centre/isolated";
import { rendererFor } from "@/lib/exports/registry";
import { isoDateInZone } from "@/lib/time/zone-days";
import { createScratchDatabase } from "./databases";
import { seedScale, type Scale } from "./exports-seed";

const NOW = new Date();
const ZONE = "Europe/Paris";
const SCALES: Record<string, Scale> = {
  tiny: { entries: 60, incidents: 40, auditEntries: 2_000 },
  small: { entries: 500, incidents: 200, auditEntries: 20_000 },
  large: { entries: 5_000, incidents: 2_000, auditEntries: 200_000 },
};
/** Two years by default; BENCH_PERIOD_DAYS=365 matches what the machine API allows (at most 366 days). */
const PERIOD_DAYS = Number(process.env.BENCH_PERIOD_DAYS ?? 730);
const PERIOD = {
  from: isoDateInZone(new Date(NOW.getTime() - PERIOD_DAYS * 86_400_000), ZONE),
  to: isoDateInZone(NOW, ZONE),
};

/** Each export and the tables its baseline dumps. */
const EXPORTS: { report: ReportKind; format: ExportFormat; tables: string[] }[] = [
  { report: "register", format: "pdf", tables: ["processing_activities"] },
  { report: "register", format: "xlsx", tables: ["processing_activities"] },
  { report: "register", format: "csv", tables: ["processing_activities"] },
  { report: "register", format: "json", tables: ["processing_activities"] },
  { report: "breach-register", format: "pdf", tables: ["incidents", "incident_notifications"] },
  { report: "breach-register", format: "xlsx", tables: ["incidents", "incident_notifications"] },
  { report: "consent", format: "pdf", tables: ["consent_daily"] },
  { report: "consent", format: "csv", tables: ["consent_daily"] },
  { report: "audit-log", format: "json", tables: ["audit_log"] },
  { report: "audit-log", format: "csv", tables: ["audit_log"] },
  {
    report: "audit-pack",
    format: "zip",
    tables: ["processing_activities", "incidents", "incident_notifications", "consent_daily", "audit_log"],
  },
];

interface Measure {
  ms: number;
  /** CPU time of the child (user + system). */
  cpuMs: number;
  /** Largest V8 heap in use, sampled every 100 ms (to tell JS objects from native memory in the RSS). */
  maxHeap: number;
  maxRss: number;
  bytes: number;
}

function countingSink() {
  const state = { bytes: 0 };
  const sink = new Writable({ write: (chunk: Buffer, _e, done) => ((state.bytes += chunk.length), done()) });
  return { sink, state };
}

/** Each table's key, for keyset pages. */
const TABLE_KEYS: Record<string, string[]> = {
  processing_activities: ["id"],
  incidents: ["id"],
  incident_notifications: ["id"],
  consent_daily: ["purpose_id", "day", "channel", "text_version"],
  audit_log: ["seq"],
};

/** The baseline: every row of `tables`, a keyset page of 1,000 at a time, JSON.stringify'd into a sink. */
async function dumpTables(url: string, tables: string[]): Promise<number> {
  const handle = await openDatabase({ url, max: 2 });
  const { sink, state } = countingSink();
  for (const table of tables) {
    const key = TABLE_KEYS[table]!;
    const tuple = `(${key.map((k) => `"${k}"`).join(", ")})`;
    let last: Record<string, unknown> | null = null;
    for (;;) {
      const after: ReturnType<typeof sql> = last
        ? sql`where ${sql.raw(tuple)} > (${sql.join(
            key.map((k) => sql`${String(last![k] instanceof Date ? (last![k] as Date).toISOString() : last![k])}`),
            sql`, `,
          )})`
        : sql``;
      const rows = rowsOf<Record<string, unknown>>(
        await handle.db.execute(
          sql`select * from ${sql.raw(table)} ${after} order by ${sql.raw(tuple.slice(1, -1))} limit 1000`,
        ),
      );
      if (rows.length === 0) break;
      for (const row of rows) if (!sink.write(JSON.stringify(row))) await new Promise((r) => sink.once("drain", r));
      last = rows[rows.length - 1]!;
    }
  }
  await handle.close();
  return state.bytes;
}

/**
 * One export the way the server generates it (`renderExport`, as the runner calls it): on PostgreSQL in a
 * worker thread with a bounded heap, into a file of a scratch export directory (hashed as it streams);
 * BENCH_IN_THREAD=1 renders in this thread instead (what embedded PGlite mode does). Returns the file's size.
 */
async function renderOne(url: string, report: ReportKind, format: ExportFormat): Promise<number> {
  const handle = await openDatabase({ url, max: 4 });
  setDatabase(handle); // the pack resolves its signing key from the process-wide database's driver
  const actor: Actor = {
    id: "00000000-0000-4000-8000-000000000001",
    email: "bench@vigie.example",
    name: "Bench",
    role: "dpo",
    locale: "fr",
    expiresAt: null,
  };
  const directory = await fs.promises.mkdtemp(path.join(os.tmpdir(), "vigie-bench-exports-"));
  try {
    const request: RenderRequest = {
      db: handle.db,
      actor,
      renderer: rendererFor(report, format)!,
      report,
      format,
      scope: report === "register" ? {} : PERIOD,
      locale: "fr",
      now: NOW,
      directory,
    };
    const file =
      process.env.BENCH_PACK_SEQUENTIAL === "1" && process.env.BENCH_IN_THREAD !== "1"
        ? await renderInWorker(url, request)
        : await renderExport(request, { isolate: process.env.BENCH_IN_THREAD !== "1" });
    return file.size;
  } finally {
    await fs.promises.rm(directory, { recursive: true, force: true });
    await handle.close();
  }
}

async function child(args: string[]) {
  const [url, kind, ...rest] = args as [string, string, ...string[]];
  const started = performance.now();
  const cpu = process.cpuUsage();
  let maxHeap = 0;
  // BENCH_LIVE_HEAP=1 (the child runs with --expose-gc): a full collection before each sample, once a
  // second, so the peak is of the objects the export keeps alive, not of garbage not yet collected.
  const collect = (globalThis as { gc?: () => void }).gc;
  const sampler = setInterval(
    () => {
      collect?.();
      maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed);
    },
    collect ? 1_000 : 100,
  );
  const bytes =
    kind === "baseline"
      ? await dumpTables(url, rest[0]!.split(","))
      : await renderOne(url, rest[0] as ReportKind, rest[1] as ExportFormat);
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  if (maxHeap === 0) maxHeap = process.memoryUsage().heapUsed; // a run shorter than one sample
  const measure: Measure = {
    ms: performance.now() - started,
    cpuMs: (used.user + used.system) / 1000,
    maxHeap,
    maxRss: process.resourceUsage().maxRSS * 1024,
    bytes,
  };
  console.log(JSON.stringify(measure));
}

function runChild(args: string[]): Measure {
  const flags = process.env.BENCH_LIVE_HEAP === "1" ? ["--expose-gc"] : [];
  const output = execFileSync(
    process.execPath,
    [...flags, ...process.execArgv, import.meta.filename, "--child", ...args],
    {
      encoding: "utf8",
      env: process.env,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return JSON.parse(output.trim().split("\n").at(-1)!) as Measure;
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!server) throw new Error("set BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres");
  process.env.VIGIE_SIGNING_KEY ??= generateSigningKeyPem();
  const names = (process.env.BENCH_SCALES ?? "small,large").split(",");
  const results: Record<string, Record<string, { run: Measure; baseline: Measure }>> = {};
  for (const name of names) {
    const scale = SCALES[name]!;
    const scratch = process.env.BENCH_KEEP
      ? await keptDatabase(server, name)
      : await createScratchDatabase(server, "exp2_bench");
    try {
      const handle = await openDatabase({ url: scratch.url, max: 4 });
      await runMigrations(handle);
      const seeded = rowsOf<{ n: number }>(
        await handle.db.execute(sql`select count(*)::int as n from processing_activities`),
      )[0]!.n;
      const took = seeded >= scale.entries ? { reused: 0 } : await seedScale(handle.db, scale, NOW);
      const [counts] = rowsOf<Record<string, number>>(
        await handle.db.execute(sql`select
          (select count(*)::int from processing_activities) as entries,
          (select count(*)::int from incidents) as incidents,
          (select count(*)::int from incidents where personal_data) as breaches,
          (select count(*)::int from consent_daily) as rollups,
          (select count(*)::int from audit_log) as audit`),
      );
      await handle.close();
      console.log(
        `\n${name}: ${JSON.stringify(counts)}; seeded in ${Object.entries(took)
          .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
          .join(", ")}`,
      );
      console.log(`  load: ${execFileSync("uptime", { encoding: "utf8" }).trim()}`);
      results[name] = {};
      const only = process.env.BENCH_ONLY?.split(",").map((x) => x.trim());
      const baselines = new Map<string, Measure>();
      for (const { report, format, tables } of EXPORTS) {
        if (only && !only.includes(`${report} ${format}`)) continue;
        const key = tables.join(",");
        if (!baselines.has(key)) baselines.set(key, runChild([scratch.url, "baseline", key]));
        const baseline = baselines.get(key)!;
        const run = runChild([scratch.url, "export", report, format]);
        results[name][`${report} ${format}`] = { run, baseline };
        console.log(
          `  ${`${report} ${format}`.padEnd(20)} ${s(run.ms).padStart(8)} (CPU ${s(run.cpuMs)})  ${mb(run.bytes).padStart(7)}  peak RSS ${mb(run.maxRss).padStart(7)} (heap ${mb(run.maxHeap)})   baseline JSON dump ${s(baseline.ms)} (CPU ${s(baseline.cpuMs)}, ${mb(baseline.bytes)}, peak RSS ${mb(baseline.maxRss)})   time ratio ${(run.ms / baseline.ms).toFixed(1)}`,
        );
      }
    } finally {
      await scratch.drop();
    }
  }
  if (results.small && results.large) {
    console.log("\npeak RSS, 5,000 entries against 500 (goal ≤ 1.3):");
    for (const key of Object.keys(results.large))
      console.log(
        `  ${key.padEnd(20)} ${mb(results.small[key]!.run.maxRss)} → ${mb(results.large[key]!.run.maxRss)}: ${(results.large[key]!.run.maxRss / results.small[key]!.run.maxRss).toFixed(2)}  (baseline dump ${(results.large[key]!.baseline.maxRss / results.small[key]!.baseline.maxRss).toFixed(2)}); peak ${process.env.BENCH_LIVE_HEAP === "1" ? "live " : ""}heap ${mb(results.small[key]!.run.maxHeap)} → ${mb(results.large[key]!.run.maxHeap)}: ${(results.large[key]!.run.maxHeap / results.small[key]!.run.maxHeap).toFixed(2)}`,
      );
  }
  const pack = results.large?.["audit-pack zip"];
  if (pack)
    console.log(
      `\nwhole audit pack at the large scale: ${s(pack.run.ms)}, CPU ${s(pack.run.cpuMs)} (goal < 60 s); load: ${execFileSync("uptime", { encoding: "utf8" }).trim()}`,
    );
}

/** BENCH_KEEP: one database per scale, kept between runs (seeded once). */
async function keptDatabase(server: string, scale: string): Promise<{ url: string; drop(): Promise<void> }> {
  const keep = process.env.BENCH_KEEP!;
  if (keep !== "1" && !/^[a-z_][a-z0-9_]*$/.test(keep)) throw new Error("BENCH_KEEP: 1 or a database name prefix");
  const name = `${keep === "1" ? "exp2_bench_keep" : keep}_${scale}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name]);
  if (!rowCount) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: async () => {} };
}

const at = process.argv.indexOf("--child");
if (at >= 0) await child(process.argv.slice(at + 1));
else await main();
