/**
 * `npm run bench:consent-check -- [references] [port]` (issue 17; PostgreSQL: BENCH_DATABASE_URL or
 * DATABASE_URL; the production build first). On a scratch database, 2,000,000 subscribers × 2
 * purposes of `consent_state` are generated directly (BENCH_SUBSCRIBERS to change), then:
 *   1. the endpoint `POST /api/v1/consent/check` of `next start`, with 100,000 then 1,000,000
 *      references (NDJSON in and out, and JSON), timed from the first byte sent to the last read,
 *      with the server's peak RSS during each (its process group, sampled every 100 ms);
 *   2. the baseline in the same run: the same lookup from a client holding the list, as one
 *      session of node-postgres: COPY of the list into a temporary table, then one join with
 *      `consent_state` returning the allowed references (and the join alone);
 *   3. where the endpoint's time goes, in this process with the endpoint's own modules: parsing
 *      the NDJSON only, parsing + COPY into the temporary table, the join streamed out + answer.
 * Prints the ratio baseline time / endpoint time (goal ≥ 0.5) and the RSS figures.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { sql } from "drizzle-orm";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { openDatabase, setDatabase, transactionWithClient } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { consentPurposes } from "@/db/schema";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { AnswerWriter } from "@/lib/consent/campaigns/answer";
import { CopyLoader, createReferenceTable } from "@/lib/consent/campaigns/loaders";
import { NdjsonListParser } from "@/lib/consent/campaigns/ndjson-list";
import { forEachCheckRow } from "@/lib/consent/campaigns/rows";
import { isContactable } from "@/lib/consent/campaigns/rules";
import { insertActivities } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { createScratchDatabase } from "./databases";

const references = Number(process.argv[2] ?? 1_000_000);
const port = Number(process.argv[3] ?? 3160);
const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 2_000_000);
const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!server) throw new Error("Set BENCH_DATABASE_URL (or DATABASE_URL) to a PostgreSQL server");
if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first");

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const ref = (i: number) => `SUB-${i.toString(16).padStart(8, "0")}`;

/** The list: 80 % known subscribers (some twice), 20 % never asked; deterministic. */
function list(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const h = Math.imul(i + 1, 2_654_435_761) >>> 0;
    return h % 5 === 0 ? `NEW-${i.toString(16)}` : ref(1 + (h % subscribers));
  });
}

function rssOfGroup(pgid: number): number {
  let sum = 0;
  for (const pid of fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(stat[2]) !== pgid) continue;
      sum += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
    } catch {
      // ended meanwhile
    }
  }
  return sum;
}

const scratch = await createScratchDatabase(server, "vigie_bench_check");
const handle = await openDatabase({ url: scratch.url, max: 4 });
setDatabase(handle);
let child: ReturnType<typeof spawn> | undefined;
const stopServer = () => {
  if (child?.pid) process.kill(-child.pid, "SIGTERM");
};
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopServer();
    process.exit(1);
  });

try {
  await runMigrations(handle);
  const [entry] = await insertActivities(
    { tx: handle.db as never, actor: { id: null, label: "bench" }, now: new Date() },
    [buildControllerEntry({ name: "Prospection (bench)" })],
    "create",
  );
  const purposes = await handle.db
    .insert(consentPurposes)
    .values(
      (["consent", "objection"] as const).map((kind) => ({
        key: `bench_${kind}`,
        kind,
        labelFr: kind,
        labelEn: kind,
        channels: ["app"],
        campaignChannels: ["sms"],
        registerRefs: [entry!.reference],
      })),
    )
    .returning();
  const purpose = purposes.find((p) => p.kind === "consent")!;
  const started = performance.now();
  for (const p of purposes)
    await handle.db
      .execute(sql`insert into consent_state (subscriber_ref, purpose_id, opted_in, latest_occurred_at, latest_event_key, latest_event_id)
      select 'SUB-' || lpad(to_hex(i), 8, '0'), ${p.id}::uuid, abs(hashint4(i + ${p.kind === "consent" ? 0 : 7})) % 100 < 60, now(), i, 'e' || i
      from generate_series(1, ${subscribers}) i`);
  await handle.db.execute(sql`vacuum analyze consent_state`);
  console.log(
    `Campaign-check benchmark: consent_state ${fmt(subscribers)} subscribers × 2 purposes generated in ${seconds(performance.now() - started)}; ${os.cpus().length} cores; load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
  const { key } = await unsafeInsertApiKey(handle.db, {
    name: "bench",
    scopes: ["consent:read"],
    createdBy: null,
    now: new Date(),
  });

  child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: scratch.url,
      AUTH_SECRET: randomBytes(33).toString("base64"),
      NODE_ENV: "production",
    },
  });
  const base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 240) throw new Error("the server did not become healthy within two minutes");
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 500));
  }

  const header = { purpose: purpose.key, channel: "sms", campaign: "bench" };
  async function viaEndpoint(n: number, format: "ndjson" | "json") {
    const refs = list(n);
    const body =
      format === "ndjson"
        ? `${JSON.stringify(header)}\n${refs.map((r) => `"${r}"`).join("\n")}\n`
        : JSON.stringify({ ...header, subscriberRefs: refs });
    let peak = rssOfGroup(child!.pid!);
    const sampler = setInterval(() => (peak = Math.max(peak, rssOfGroup(child!.pid!))), 100);
    const t0 = performance.now();
    const response = await fetch(`${base}/api/v1/consent/check`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": format === "ndjson" ? "application/x-ndjson" : "application/json",
      },
      body,
    });
    const text = await response.text();
    const ms = performance.now() - t0;
    clearInterval(sampler);
    if (!response.ok) throw new Error(`endpoint answered ${response.status}: ${text.slice(0, 300)}`);
    const counts =
      format === "ndjson"
        ? (JSON.parse(text.slice(text.lastIndexOf("\n", text.length - 2) + 1)) as { counts: { allowed: number } })
            .counts
        : (JSON.parse(text) as { counts: { allowed: number } }).counts;
    return { ms, peak, allowed: counts.allowed, bytes: body.length };
  }

  async function baseline(n: number) {
    const refs = list(n);
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    const t0 = performance.now();
    await client.query("begin");
    await client.query(`create temp table bench_refs (ref text collate "C" not null) on commit drop`);
    const copy = client.query(copyFrom("copy bench_refs (ref) from stdin"));
    await new Promise<void>((resolve, reject) => {
      copy.on("error", reject);
      copy.on("finish", resolve);
      copy.end(`${refs.join("\n")}\n`);
    });
    const loaded = performance.now();
    await client.query("analyze bench_refs");
    const result = await client.query(
      `select r.ref from (select distinct ref from bench_refs) r join consent_state s
        on s.subscriber_ref = r.ref and s.purpose_id = $1 where s.opted_in`,
      [purpose.id],
    );
    await client.query("commit");
    const ms = performance.now() - t0;
    await client.end();
    return { ms, joinMs: ms - (loaded - t0), allowed: result.rowCount ?? 0 };
  }

  /** Where the time goes, in this process, with the endpoint's modules. */
  async function breakdown(n: number) {
    const refs = list(n);
    const body = `${JSON.stringify(header)}\n${refs.map((r) => `"${r}"`).join("\n")}\n`;
    const chunks: string[] = [];
    for (let at = 0; at < body.length; at += 65_536) chunks.push(body.slice(at, at + 65_536));
    let t = performance.now();
    const parser = new NdjsonListParser(() => undefined);
    for (const chunk of chunks) parser.write(chunk);
    parser.end();
    const parseMs = performance.now() - t;
    let loadMs = 0;
    let joinMs = 0;
    await transactionWithClient(async (tx, client) => {
      t = performance.now();
      await createReferenceTable(tx);
      const loader = new CopyLoader(client!);
      const p = new NdjsonListParser((r) => loader.add(r));
      for (const chunk of chunks) {
        p.write(chunk);
        await loader.flush();
      }
      p.end();
      await loader.finish();
      loadMs = performance.now() - t;
      t = performance.now();
      const answer = new AnswerWriter("ndjson", "bench");
      await forEachCheckRow(
        tx,
        client,
        purpose.id,
        (r, optedIn) => {
          if (isContactable("consent", optedIn)) answer.reference(r);
        },
        async () => void answer.take(),
      );
      joinMs = performance.now() - t;
    });
    return { parseMs, loadMs, joinMs };
  }

  await viaEndpoint(10_000, "ndjson"); // warm-up (JIT, connections)
  const small = await viaEndpoint(Math.min(100_000, references), "ndjson");
  const big = await viaEndpoint(references, "ndjson");
  const bigJson = await viaEndpoint(references, "json");
  const base1 = await baseline(references);
  const parts = await breakdown(references);
  if (big.allowed !== base1.allowed)
    throw new Error(`allowed differ: endpoint ${big.allowed}, baseline ${base1.allowed}`);

  console.log(`\n${fmt(references)} references (${mb(big.bytes)} NDJSON), ${fmt(big.allowed)} allowed:`);
  console.log(`  endpoint, NDJSON in/out: ${seconds(big.ms)} (${fmt((references / big.ms) * 1000)} refs/s)`);
  console.log(`  endpoint, JSON in/out:   ${seconds(bigJson.ms)} (${fmt((references / bigJson.ms) * 1000)} refs/s)`);
  console.log(
    `  baseline (COPY into an unlogged temp table + one join, node-postgres): ${seconds(base1.ms)}; the join alone ${seconds(base1.joinMs)}`,
  );
  console.log(
    `  ratio baseline / endpoint: NDJSON ${(base1.ms / big.ms).toFixed(2)}, JSON ${(base1.ms / bigJson.ms).toFixed(2)} (goal ≥ 0.5)`,
  );
  console.log(
    `  server peak RSS: ${mb(small.peak)} at ${fmt(Math.min(100_000, references))} refs, ${mb(big.peak)} at ${fmt(references)} (NDJSON), ${mb(bigJson.peak)} (JSON) (goal flat, < 400 MB)`,
  );
  console.log(
    `  in-process breakdown: NDJSON parse ${seconds(parts.parseMs)}; parse + COPY into the temp table ${seconds(parts.loadMs)}; join streamed out + answer ${seconds(parts.joinMs)}`,
  );
  console.log(
    `  machine load (1/5/15 min): ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")}`,
  );
} finally {
  stopServer();
  await handle.close();
  await scratch.drop();
}
