/**
 * `npm run bench:pages` (issue 16): the console's pages and JSON routes, measured on the production build
 * against the cheapest authenticated page the same build answers (app/bench-baseline: reads the session,
 * renders one line; enabled by VIGIE_BENCH_PAGES=1 only).
 *
 *   npm run bench:pages                      # builds .next-bench if missing, seeds, measures, drops
 *   BENCH_DIST_DIRS=.next-bench-before,.next-bench npm run bench:pages   # two builds, same data, one run
 *   BENCH_CPU_PROF=1 BENCH_ONLY=/incidents npm run bench:pages           # + where the server's CPU goes
 *
 * Data: a scratch PostgreSQL database (created, then dropped) with the demo operator, the register grown
 * to 5,000 entries, 2,000 incidents, BENCH_CONSENT_EVENTS (1 M) consent events. Per target: bytes of the
 * HTML and of the RSC payload (raw and gzip), server time p50 / p95 one request at a time (BENCH_RUNS),
 * requests/s and p97.5 at 10 connections (autocannon, BENCH_SECONDS), and each as a ratio to the baseline.
 * BENCH_KEEP=1 keeps the database (its URL is printed); BENCH_DATABASE=<url> reuses one already seeded.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { summariseProfile } from "./cpu-profile";
import {
  base,
  body,
  ensureBuild,
  references,
  seededDatabase,
  signInAsDpo,
  startServer,
  stopServer,
  uptime,
} from "./pages-server";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const runs = Number(process.env.BENCH_RUNS ?? 30);
const distDirs = (process.env.BENCH_DIST_DIRS ?? ".next-bench").split(",").filter(Boolean);
const only = process.env.BENCH_ONLY?.split(",").filter(Boolean);
const profileDir = process.env.BENCH_CPU_PROF ? path.resolve(`/tmp/bench-pages-prof-${process.pid}`) : undefined;

interface Target {
  name: string;
  path: string;
  page: boolean;
}
interface Figures {
  name: string;
  html: number;
  htmlGzip: number;
  rsc: number;
  rscGzip: number;
  p50: number;
  p95: number;
  rps: number;
  p975: number;
  non2xx: number;
}

async function measure(target: Target, cookie: string): Promise<Figures> {
  const headers = { cookie };
  const html = await body(target.path, headers);
  const rsc = target.page ? await body(target.path, { ...headers, RSC: "1" }) : "";
  for (let i = 0; i < 3; i++) await body(target.path, headers);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await body(target.path, headers);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const load = await autocannon({
    url: base,
    connections: 10,
    duration: seconds,
    requests: [{ method: "GET", path: target.path, headers }],
  });
  return {
    name: target.name,
    html: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    rsc: Buffer.byteLength(rsc),
    rscGzip: rsc ? gzipSync(rsc).length : 0,
    p50: times[Math.floor(runs * 0.5)]!,
    p95: times[Math.min(runs - 1, Math.floor(runs * 0.95))]!,
    rps: load.requests.average,
    p975: load.latency.p97_5,
    non2xx: load.non2xx + load.errors + load.timeouts,
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const x = (value: number, of: number) => `${(value / of).toFixed(1)}×`;

function table(results: Figures[]): string {
  const baseline = results[0]!;
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${kb(r.html)} (${kb(r.htmlGzip)}) | ${r.rsc ? `${kb(r.rsc)} (${kb(r.rscGzip)})` : "—"} | ${x(r.html + r.rsc, baseline.html + baseline.rsc)} | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} | ${x(r.p50, baseline.p50)} | ${r.rps.toFixed(1)} | ${(r.rps / baseline.rps).toFixed(2)} | ${r.p975} | ${r.non2xx} |`,
  );
  return [
    "| target | HTML KB (gzip) | RSC payload KB (gzip) | bytes ×base | 1 conn p50 / p95 ms | p50 ×base | req/s @10 | req/s ÷base | p97.5 ms @10 | non-2xx |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

function comparison(before: Figures[], after: Figures[]): string {
  const rows = after.map((a) => {
    const b = before.find((f) => f.name === a.name)!;
    return `| ${a.name} | ${kb(b.html + b.rsc)} → ${kb(a.html + a.rsc)} (${(((a.html + a.rsc) / (b.html + b.rsc)) * 100).toFixed(0)} %) | ${b.p50.toFixed(1)} → ${a.p50.toFixed(1)} | ${b.rps.toFixed(1)} → ${a.rps.toFixed(1)} (${(a.rps / b.rps).toFixed(2)}×) |`;
  });
  return ["| target | HTML+RSC KB | p50 ms | req/s @10 |", "|---|---|---|---|", ...rows].join("\n");
}

const database = await seededDatabase();
const all = new Map<string, Figures[]>();
let child: ChildProcess | undefined;
try {
  for (const distDir of distDirs) {
    ensureBuild(distDir);
    child = await startServer(distDir, database.url, profileDir);
    const cookie = await signInAsDpo();
    const { entry, incident } = await references(cookie);
    const targets: Target[] = [
      { name: "baseline /bench-baseline", path: "/bench-baseline", page: true },
      { name: "/", path: "/", page: true },
      { name: "/register", path: "/register", page: true },
      { name: "/register/<ref>", path: `/register/${entry}`, page: true },
      { name: "/incidents", path: "/incidents", page: true },
      { name: "/incidents/<ref>", path: `/incidents/${incident}`, page: true },
      { name: "/consent", path: "/consent", page: true },
      { name: "/audit-log", path: "/audit-log", page: true },
      { name: "GET /api/incidents", path: "/api/incidents", page: false },
      { name: "GET /api/register/options", path: "/api/register/options", page: false },
      { name: "GET /api/register/<ref>", path: `/api/register/${entry}`, page: false },
      { name: "GET /api/consent/dashboard", path: "/api/consent/dashboard", page: false },
      { name: "GET /api/consent/overview", path: "/api/consent/overview", page: false },
      { name: "GET /api/audit/recent", path: "/api/audit/recent", page: false },
    ].filter((t, i) => i === 0 || !only || only.includes(t.name) || only.includes(t.path));
    console.log(`\n## ${distDir} — ${os.cpus().length} cores — ${uptime()}`);
    const results: Figures[] = [];
    for (const target of targets) {
      results.push(await measure(target, cookie));
      console.log(
        `  ${target.name}: p50 ${results.at(-1)!.p50.toFixed(1)} ms, ${results.at(-1)!.rps.toFixed(1)} req/s`,
      );
    }
    await stopServer(child);
    child = undefined;
    all.set(distDir, results);
    console.log(`\n### ${distDir} (${runs} sequential requests, ${seconds} s at 10 connections) — ${uptime()}`);
    console.log(table(results));
    fs.writeFileSync(`/tmp/bench-pages-${path.basename(distDir)}.json`, JSON.stringify(results, null, 2));
    if (profileDir)
      for (const file of fs.readdirSync(profileDir).filter((f) => f.endsWith(".cpuprofile")))
        console.log(`\n${summariseProfile(path.join(profileDir, file))}`);
  }
  if (distDirs.length > 1)
    console.log(
      `\n### ${distDirs[0]} → ${distDirs.at(-1)}\n${comparison(all.get(distDirs[0]!)!, all.get(distDirs.at(-1)!)!)}`,
    );
} finally {
  if (child) await stopServer(child);
  await database.drop();
}
