/**
 * `npm run bench:load` (issue 13, point 17): the production build (`next build` first) on a scratch
 * PostgreSQL database seeded with the demo operator, loaded with autocannon as a signed-in DPO and
 * as API clients, at 10 and 50 connections, BENCH_ROUNDS rounds (4 by default): the first warms the
 * server up (code loaded, V8 heap and pools sized), and memory growth shows between the later ones.
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres BENCH_PORT=3112 npm run bench:load
 *
 * Prints requests answered / sent, requests/s, latency p50 / p97.5 / p99, non-2xx answers and errors
 * per target, and the server's resident memory (the `next start` process tree) before and after each
 * round. Each route is warmed up first, and each line starts once the server has served the requests
 * the previous line left in flight (a slow or shared machine otherwise measures that backlog).
 */
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/demo/accounts";
import { startProductionServer, type ProductionServer } from "@/lib/testing/production-server";
import { createScratchDatabase } from "./databases";

const server = process.env.BENCH_DATABASE_URL;
if (!server) throw new Error("Set BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres");
const port = Number(process.env.BENCH_PORT ?? 3112);
const duration = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const base = `http://127.0.0.1:${port}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const scratch = await createScratchDatabase(server, process.env.BENCH_DB_PREFIX ?? "vigie_load");
const env = {
  ...process.env,
  DATABASE_URL: scratch.url,
  NODE_ENV: "production" as const,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-load-secret-of-at-least-thirty-two-characters",
  AUTH_TRUST_HOST: "true",
  VIGIE_DEMO_CONSENT_EVENTS: process.env.VIGIE_DEMO_CONSENT_EVENTS ?? "100000",
  PORT: String(port),
};
const tsx = (script: string, args: string[] = []) =>
  execFileSync(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "--import", "./scripts/server-modules.mjs", script, ...args],
    { env, encoding: "utf8" },
  );

/** Resident memory (MB) of the server and every process under it. */
function treeRssMb(root: number): number {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const pids = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, ppid] of rows)
      if (pids.has(ppid) && !pids.has(pid)) {
        pids.add(pid);
        grew = true;
      }
  }
  return Math.round(rows.filter(([pid]) => pids.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024);
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signIn(email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/` }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return session;
}

let vigie: ProductionServer | undefined;
try {
  console.log(`Scratch database ${new URL(scratch.url).pathname.slice(1)}: migrating and seeding the demo operator…`);
  tsx("scripts/db-migrate.ts");
  tsx("scripts/db-seed.ts");
  const keyOutput = tsx("scripts/apikey.ts", [
    "create",
    "--name",
    "bench-load",
    "--scopes",
    "consent:write,incidents:write",
  ]);
  const key = /vgk_[A-Za-z0-9_-]+/.exec(keyOutput)?.[0];
  if (!key) throw new Error(`no API key in: ${keyOutput}`);

  // Its own process group: stopping it stops next-server too, not only the `next start` wrapper.
  vigie = startProductionServer({ port, databaseUrl: scratch.url, env: env as Record<string, string> });
  await vigie.ready(90_000);
  const rootPid = vigie.pid;
  const dpo = demoAccounts.find((a) => a.role === "dpo")!;
  const cookie = await signIn(dpo.email, DEMO_PASSWORD);
  const incidents = (await (await fetch(`${base}/api/incidents`, { headers: { cookie } })).json()) as unknown;
  const reference = /INC-\d{4}-\d{4,}/.exec(JSON.stringify(incidents))?.[0];
  if (!reference) throw new Error("no incident in the demo data");
  const { purposes } = (await (await fetch(`${base}/api/consent/dashboard`, { headers: { cookie } })).json()) as {
    purposes: { key: string; isActive: boolean }[];
  };
  const purpose = purposes.find((p) => p.isActive)!.key;

  let sequence = 0;
  const batch = () =>
    JSON.stringify(
      Array.from({ length: 100 }, (_, i) => ({
        eventId: `load-${process.pid}-${sequence}-${i}`,
        subscriberRef: `SUB-LOAD-${(sequence * 100 + i) % 50_000}`,
        purpose,
        action: (sequence + i) % 4 === 0 ? "withdraw" : "grant",
        channel: "web",
        occurredAt: new Date(Date.now() - ((sequence++ * 100 + i) % 86_400) * 1000).toISOString(),
        textVersion: "v-load",
      })),
    );
  const asDpo = { cookie };
  const asApi = { authorization: `Bearer ${key}`, "content-type": "application/json" };
  const targets: { name: string; request: autocannon.Request }[] = [
    { name: "overview page /", request: { method: "GET", path: "/", headers: asDpo } },
    { name: "register list /register", request: { method: "GET", path: "/register", headers: asDpo } },
    {
      name: `incident page /incidents/${reference}`,
      request: { method: "GET", path: `/incidents/${reference}`, headers: asDpo },
    },
    { name: "consent dashboard JSON", request: { method: "GET", path: "/api/consent/dashboard", headers: asDpo } },
    {
      name: "incident intake API",
      request: {
        method: "POST",
        path: "/api/v1/incidents",
        headers: asApi,
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ detectedAt: new Date().toISOString(), title: "Load" }),
        }),
      },
    },
    {
      name: "consent ingestion API (100 events)",
      request: {
        method: "POST",
        path: "/api/v1/consent/events",
        headers: asApi,
        setupRequest: (req) => ({ ...req, body: batch() }),
      },
    },
  ];

  /**
   * Requests autocannon abandons at the end of a line are still served: wait until the server
   * answers its health check quickly again, so that a line does not measure the previous one's tail.
   */
  async function drain() {
    const started = Date.now();
    while (Date.now() - started < 120_000) {
      const t0 = performance.now();
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok && performance.now() - t0 < 300) return;
      await sleep(500);
    }
    console.log("(the server was still busy after 2 minutes)");
  }

  // Warm-up: the first request of each route loads its code; not measured.
  for (const target of targets) await autocannon({ url: base, connections: 1, amount: 3, requests: [target.request] });
  await drain();

  const rows: string[] = [];
  const rssAfter: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const before = treeRssMb(rootPid);
    for (const target of targets)
      for (const connections of [10, 50]) {
        const result = await autocannon({ url: base, connections, duration, requests: [target.request] });
        rows.push(
          `| ${round} | ${target.name} | ${connections} | ${result.requests.total} / ${result.requests.sent} | ${(result.requests.total / duration).toFixed(1)} | ${result.latency.p50} | ${result.latency.p97_5} | ${result.latency.p99} | ${result.non2xx} | ${result.errors + result.timeouts} |`,
        );
        console.log(rows.at(-1));
        await drain();
      }
    await sleep(2_000);
    const after = treeRssMb(rootPid);
    rssAfter.push(after);
    console.log(`round ${round}: server RSS ${before} MB before, ${after} MB after`);
    rows.push(`| ${round} | server RSS before → after | | | ${before} MB → ${after} MB | | | | | |`);
  }
  // Growth after the warm-up round: each later round's RSS against the previous round's.
  const growth = rssAfter.slice(1).map((mb, i) => `round ${i + 2}: ${((mb / rssAfter[i]! - 1) * 100).toFixed(1)} %`);
  console.log(`\nserver RSS growth per round after the first: ${growth.join(", ") || "(one round only)"}`);
  console.log(
    `\n${duration} s per line, ${new Date().toISOString()}\n| round | target | connections | answered / sent | req/s | p50 ms | p97.5 ms | p99 ms | non-2xx | errors |\n|---|---|---|---|---|---|---|---|---|---|\n${rows.join("\n")}`,
  );
} finally {
  await vigie?.stop();
  await scratch.drop();
}
