/**
 * `npm run test:instances` (issue 13, point 18): two Vigie production servers (ports 3271, 3272;
 * `npx next build` first) on one PostgreSQL database this script creates and drops (on the server
 * of TEST_DATABASE_URL), behind Debian's nginx (port 3270) configured as the README's deployment
 * section says. Checks that a session made through one instance works on the other (and that
 * signing out on one ends it on both), that consent ingestion through both stores every event
 * once, that the audit chain stays single and verifies, that forwarded headers are believed only
 * from the proxy, and that bodies up to Vigie's own limits pass the proxy (Vigie answers the 413).
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase, rowsOf, type DatabaseHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { unsafeInsertApiKey } from "@/lib/api-keys/store";
import { verifyAuditChain } from "@/lib/audit/verify";
import { rebuildConsent } from "@/lib/consent/ingest/rebuild";
import { unsafeCreatePurpose } from "@/lib/consent/test-fixtures";
import { FIXTURE_PASSWORD, unsafeCreateUser } from "@/lib/testing/fixtures";
import { startProductionServer, type ProductionServer } from "@/lib/testing/production-server";
import { startNginx, type NginxProxy } from "./nginx-proxy";

const PROXY_PORT = 3270;
const INSTANCE_PORTS = [3271, 3272];
/** nginx connects to Vigie from this loopback address; the test's own requests come from 127.0.0.1. */
const PROXY_ADDRESS = "127.0.0.2";
const SENDERS = 4;
const BATCHES = 8;
const PER_BATCH = 250;

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) {
  console.error(
    "Set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> (a server the script may create a database on).",
  );
  process.exit(2);
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Auth.js credentials sign-in at `base`; returns the session cookie and where Auth.js redirected. */
async function signIn(base: string, email: string, headers: Record<string, string> = {}) {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      ...headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf).join("; "),
      origin: base,
    },
    body: new URLSearchParams({ email, password: FIXTURE_PASSWORD, csrfToken, callbackUrl: `${base}/` }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token"));
  assert.ok(session, `sign-in through ${base} failed (${response.status})`);
  return { cookie: session, location: response.headers.get("location") ?? "" };
}

async function signOut(base: string, cookie: string) {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: [cookie, ...cookiesOf(csrf)].join("; "),
      origin: base,
    },
    body: new URLSearchParams({ csrfToken, callbackUrl: `${base}/` }),
  });
  assert.ok(response.status < 400, `sign-out through ${base} answered ${response.status}`);
}

const statusWith = async (url: string, cookie: string) =>
  (await fetch(url, { headers: { cookie }, redirect: "manual" })).status;

async function one<T>(handle: DatabaseHandle, query: ReturnType<typeof sql>): Promise<T> {
  return rowsOf<T>(await handle.db.execute(query))[0]!;
}

const checks: string[] = [];
const ok = (line: string) => {
  checks.push(line);
  console.log(`ok   ${line}`);
};

const name = `vigie_instances_${randomBytes(4).toString("hex")}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`create database ${name}`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const databaseUrl = url.toString();
let handle: DatabaseHandle | undefined;
let proxy: NginxProxy | undefined;
const servers: ProductionServer[] = [];
const serverLog: string[] = [];
let failed = false;
try {
  handle = await openDatabase({ url: databaseUrl, max: 4 });
  await runMigrations(handle);
  const dpo = await unsafeCreateUser(handle.db, { role: "dpo" });
  const { key } = await unsafeInsertApiKey(handle.db, {
    name: "two instances",
    scopes: ["consent:write"],
    createdBy: null,
    now: new Date(),
  });
  const purpose = (await unsafeCreatePurpose(handle.db)).key;

  for (const port of INSTANCE_PORTS) {
    servers.push(
      startProductionServer({
        port,
        databaseUrl,
        // AUTH_URL: Auth.js's own endpoints build absolute redirects from Next's listening address otherwise.
        env: {
          AUTH_URL: `http://127.0.0.1:${PROXY_PORT}`,
          VIGIE_TRUSTED_PROXIES: PROXY_ADDRESS,
          VIGIE_SIGN_IN_RATE: "300",
        },
        log: (line) => serverLog.push(`[${port}] ${line}`),
      }),
    );
  }
  await Promise.all(servers.map((server) => server.ready()));
  proxy = await startNginx({ port: PROXY_PORT, upstreams: INSTANCE_PORTS, bindAddress: PROXY_ADDRESS });
  const [first, second] = servers as [ProductionServer, ProductionServer];

  // 1. Sessions: made through the proxy, valid on both instances; signed out on one, ended on both.
  const viaProxy = await signIn(proxy.url, dpo.email, { "x-forwarded-for": "203.0.113.9" });
  // Next's request URLs spell every loopback address `localhost`: compare the port.
  assert.equal(new URL(viaProxy.location).port, String(PROXY_PORT), `sign-in redirected to ${viaProxy.location}`);
  for (const server of servers) assert.equal(await statusWith(`${server.url}/api/incidents`, viaProxy.cookie), 200);
  ok("a session made through the proxy works on both instances; the redirect stays on the proxy's origin");
  const login = await one<{ ip: string | null }>(
    handle,
    sql`select meta->>'ip' as ip from audit_log where action = 'auth.login' order by seq desc limit 1`,
  );
  assert.equal(login.ip, "127.0.0.1", "the audit log must record the client as nginx saw it, not its X-Forwarded-For");
  ok("X-Forwarded-For is believed from the proxy only: a client's forged 203.0.113.9 is not recorded, 127.0.0.1 is");
  const onFirst = await signIn(first.url, dpo.email);
  assert.equal(await statusWith(`${second.url}/api/incidents`, onFirst.cookie), 200);
  await signOut(second.url, onFirst.cookie);
  for (const server of servers)
    assert.notEqual(await statusWith(`${server.url}/api/incidents`, onFirst.cookie), 200, "signed out, still valid");
  ok("a session made on instance 1 works on instance 2; signed out on instance 2, it ends on both");

  // 2. Ingestion through the proxy (spread over both), each batch then re-sent to one instance directly.
  const post = async (base: string, body: string) => {
    const response = await fetch(`${base}/api/v1/consent/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body,
    });
    assert.equal(
      response.status,
      200,
      `ingestion through ${base}: ${response.status} ${await response.clone().text()}`,
    );
    return (await response.json()) as { accepted: number; duplicates: number; rejected: unknown[] };
  };
  const tally = { accepted: 0, duplicates: 0 };
  await Promise.all(
    Array.from({ length: SENDERS }, async (_, s) => {
      for (let n = 0; n < BATCHES; n++) {
        const body = JSON.stringify(
          Array.from({ length: PER_BATCH }, (_, i) => ({
            eventId: `two-${s}-${n}-${i}`,
            subscriberRef: `SUB-TWO-${(n * PER_BATCH + i) % 300}`,
            purpose,
            action: (s + i) % 4 === 0 ? "withdraw" : "grant",
            channel: "web",
            occurredAt: new Date(Date.UTC(2026, 5, 1) + ((s * BATCHES + n) * PER_BATCH + i) * 1_000).toISOString(),
            textVersion: "v2",
          })),
        );
        const sent = await post(proxy!.url, body);
        assert.deepEqual(sent.rejected, []);
        tally.accepted += sent.accepted;
        const again = await post(servers[(s + n) % 2]!.url, body);
        assert.deepEqual(again, { accepted: 0, duplicates: PER_BATCH, rejected: [] });
        tally.duplicates += again.duplicates;
      }
    }),
  );
  const total = SENDERS * BATCHES * PER_BATCH;
  assert.equal(tally.accepted, total);
  const served = new Set(proxy.upstreamsOf("/api/v1/consent/events"));
  assert.deepEqual(
    [...served].sort(),
    INSTANCE_PORTS.map((p) => `127.0.0.1:${p}`),
    "the proxy must spread ingestion over both instances",
  );
  const stored = await one<{ rows: string; ids: string }>(
    handle,
    sql`select count(*)::text as rows, count(distinct event_id)::text as ids from consent_events`,
  );
  assert.deepEqual(stored, { rows: String(total), ids: String(total) });
  const rebuild = await rebuildConsent(handle.db, { dryRun: true });
  assert.deepEqual([rebuild.events, rebuild.rollupDifferences, rebuild.stateDifferences], [total, 0, 0]);
  ok(
    `ingestion through both instances (${SENDERS} senders × ${BATCHES} batches of ${PER_BATCH}, each re-sent to one instance): ${total} events stored once, the rebuild's dry run finds no difference`,
  );

  // 3. One audit chain, written by both instances: it verifies, no sequence gap, no two entries on one link.
  const verdict = await verifyAuditChain(handle.db);
  assert.equal(verdict.intact, true, JSON.stringify(verdict));
  const chain = await one<{ entries: string; span: string; forks: string }>(
    handle,
    sql`select count(*)::text as entries, (max(seq) - min(seq) + 1)::text as span,
      (select count(*) from (select prev_hash from audit_log group by prev_hash having count(*) > 1) f)::text as forks
      from audit_log`,
  );
  assert.equal(chain.entries, chain.span);
  assert.equal(chain.forks, "0");
  ok(`the audit chain stays single (${chain.entries} entries, no gap, no fork) and verifies`);

  // 4. Body sizes: nginx lets through what Vigie accepts, and Vigie answers its own 413 (JSON, not nginx's page).
  const big = await fetch(`${proxy.url}/api/v1/consent/events`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: `[${" ".repeat(10 * 1024 * 1024)}]`,
  });
  assert.equal(big.status, 413);
  assert.match(big.headers.get("content-type") ?? "", /application\/json/);
  assert.equal(((await big.json()) as { code: string }).code, "PAYLOAD_TOO_LARGE");
  ok("a 10 MB + 2 byte consent batch passes the proxy and is refused by Vigie itself (413 PAYLOAD_TOO_LARGE)");
} catch (error) {
  failed = true;
  console.error(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  if (serverLog.length) console.error(`server output (last 30 lines):\n${serverLog.slice(-30).join("\n")}`);
} finally {
  await proxy?.stop();
  await Promise.all(servers.map((server) => server.stop()));
  await handle?.close();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
}
console.log(
  failed ? "\nTwo instances behind nginx: FAILED" : `\nTwo instances behind nginx: ${checks.length} checks passed.`,
);
process.exit(failed ? 1 : 0);
