import { count } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { POST as ingest } from "@/app/api/v1/consent/events/route";
import { openDatabase, setDatabase, type DatabaseHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { processingActivities } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { createApiKey } from "@/lib/api-keys/mutations";
import { verifyAuditChain } from "@/lib/audit/verify";
import { rebuildConsent } from "@/lib/consent/ingest/rebuild";
import { eventCount, unsafeCreatePurpose } from "@/lib/consent/test-fixtures";
import { createActivity } from "@/lib/register/mutations";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { createOwnCluster, hasPostgresBinaries, type OwnCluster } from "@/lib/testing/own-cluster";

/**
 * Issue 13, point 15 — a database outage, measured against a PostgreSQL cluster this test starts
 * and stops itself (initdb in a temp directory, port 25436; never the machine's shared server).
 * Runs on both test drivers: it does not use the suite's database.
 */
const PORT = 25436;
const BATCHES = 30;
const PER_BATCH = 50;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cluster: OwnCluster;
let handle: DatabaseHandle;
let key = "";
let purpose = "";
let dpoId = "";

function batch(run: string, n: number) {
  return Array.from({ length: PER_BATCH }, (_, i) => ({
    eventId: `${run}-${n}-${i}`,
    subscriberRef: `SUB-${run}-${(n * PER_BATCH + i) % 400}`,
    purpose,
    action: i % 3 === 0 ? "withdraw" : "grant",
    channel: "app",
    occurredAt: new Date(Date.UTC(2026, 2, 1) + (n * PER_BATCH + i) * 60_000).toISOString(),
    textVersion: "v2",
  }));
}

interface Answer {
  status: number;
  retryAfter: string | null;
  code: string | null;
  ms: number;
}

async function post(events: unknown[]): Promise<Answer> {
  const started = performance.now();
  const response = await ingest(
    new Request("http://vigie.test/api/v1/consent/events", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(events),
    }),
  );
  const text = await response.text();
  const code = text ? ((JSON.parse(text) as { code?: string }).code ?? null) : null;
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    code,
    ms: performance.now() - started,
  };
}

/** A sender that retries a batch until it is answered 200, as a CMP does (after 0.5 s, not Retry-After, to hurry the test). */
/** Sends batches `from`..`to`, retrying each until stored; `pauseMs` between batches keeps it sending across the outage. */
async function sender(run: string, from: number, to: number, answers: Answer[], pauseMs = 0) {
  for (let n = from; n < to; n++) {
    for (;;) {
      const answer = await post(batch(run, n));
      answers.push(answer);
      if (answer.status === 200) break;
      await sleep(500);
    }
    if (pauseMs > 0) await sleep(pauseMs);
  }
}

async function healthStatus(): Promise<number> {
  return (await health()).status;
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await sleep(250);
  }
  throw new Error(`not within ${ms} ms`);
}

async function consistency(expectedEvents: number) {
  const db = handle.db;
  expect(await eventCount(db)).toBe(expectedEvents);
  const report = await rebuildConsent(db, { dryRun: true });
  expect(report).toMatchObject({ rollupDifferences: 0, stateDifferences: 0, events: expectedEvents });
  const verdict = await verifyAuditChain(db);
  expect(verdict).toMatchObject({ intact: true });
  // No partial write: every register entry has its creation entry in the audit log, and no more.
  const [entries] = await db.select({ value: count() }).from(processingActivities);
  expect((await auditEntries(db, "register.create")).length).toBe(entries!.value);
}

describe.skipIf(!hasPostgresBinaries())("a PostgreSQL outage (own cluster)", () => {
  beforeAll(async () => {
    cluster = createOwnCluster(PORT);
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("create database vigie");
    await admin.end();
    handle = await openDatabase({ url: cluster.url.replace(/\/postgres$/, "/vigie"), max: 10 });
    await runMigrations(handle);
    setDatabase(handle);
    dpoId = (await unsafeCreateUser(handle.db, { role: "dpo" })).id;
    const created = await executeAction(createApiKey, dpoId, { name: "CMP outage", scopes: ["consent:write"] });
    if (!created.ok) throw new Error("key creation failed");
    key = created.data.key;
    purpose = (await unsafeCreatePurpose(handle.db)).key;
  }, 60_000);

  afterAll(async () => {
    setDatabase(undefined);
    // Stop the cluster first: a pool waiting on a connection the outage left checked out then ends at once.
    cluster?.destroy();
    await Promise.race([handle?.close().catch(() => {}), sleep(10_000)]);
  }, 60_000);

  it("stopped for 10 s mid-ingestion and mid-edit: 503 with Retry-After, nothing partial, recovery without restart", async () => {
    expect(await healthStatus()).toBe(200);
    const answers: Answer[] = [];
    const senders = Promise.all([
      // 15 batches a second apart each: still sending when the 10 s outage starts after the first few.
      sender("stop", 0, BATCHES / 2, answers, 1_000),
      sender("stop", BATCHES / 2, BATCHES, answers, 1_000),
    ]);
    const edits: { ok: boolean; code?: string }[] = [];
    let editing = true;
    const editor = (async () => {
      while (editing) {
        const result = await executeAction(createActivity, dpoId, buildControllerEntry());
        edits.push(result.ok ? { ok: true } : { ok: false, code: result.code });
        await sleep(200);
      }
    })();

    await waitFor(async () => answers.length >= 4, 20_000);
    cluster.stop("fast");
    const stoppedAt = Date.now();
    await sleep(1_000);
    expect(await healthStatus()).toBe(503);
    await sleep(10_000 - (Date.now() - stoppedAt));
    cluster.start();
    const recoveredIn = await waitFor(async () => (await healthStatus()) === 200, 30_000);
    await senders;
    editing = false;
    await editor;
    // Recovered without a restart: ten edits in a row after the outage, each answered and timed.
    const after: { ok: boolean; ms: number }[] = [];
    for (let n = 0; n < 10; n++) {
      const started = performance.now();
      const result = await executeAction(createActivity, dpoId, buildControllerEntry());
      after.push({ ok: result.ok, ms: performance.now() - started });
      if (result.ok) edits.push({ ok: true });
    }

    const refused = answers.filter((a) => a.status !== 200);
    console.info(
      `[outage] ${answers.length} requests, ${refused.length} refused (${[...new Set(refused.map((a) => a.status))].join(", ")}), ` +
        `health back ${recoveredIn} ms after the restart, slowest answer ${Math.round(Math.max(...answers.map((a) => a.ms)))} ms, ` +
        `edits ${edits.filter((e) => e.ok).length} ok / ${edits.filter((e) => !e.ok).length} refused (${[...new Set(edits.filter((e) => !e.ok).map((e) => e.code))].join(", ")}), ` +
        `after recovery ${after.filter((a) => a.ok).length}/10 edits ok, slowest ${Math.round(Math.max(...after.map((a) => a.ms)))} ms`,
    );
    expect(refused.length).toBeGreaterThan(0);
    // Never an empty 500: every refusal is a 503 with Retry-After and the UNAVAILABLE body.
    for (const answer of refused) expect(answer).toMatchObject({ status: 503, retryAfter: "5", code: "UNAVAILABLE" });
    // The edits refused during the outage say so; the ones after it succeed again.
    expect(edits.some((e) => !e.ok)).toBe(true);
    for (const edit of edits.filter((e) => !e.ok)) expect(edit.code).toBe("UNAVAILABLE");
    expect(after.filter((a) => !a.ok)).toEqual([]);
    await consistency(BATCHES * PER_BATCH);
  }, 180_000);

  it("crashed (immediate shutdown) mid-ingestion: senders that retry unanswered batches store every event once", async () => {
    const before = await eventCount(handle.db);
    const answers: Answer[] = [];
    const senders = Promise.all([0, 1, 2].map((s) => sender("crash", s * 10, s * 10 + 10, answers)));
    await waitFor(async () => answers.length >= 3, 20_000);
    cluster.stop("immediate");
    await sleep(3_000);
    cluster.start();
    await senders;
    for (const answer of answers.filter((a) => a.status !== 200))
      expect(answer).toMatchObject({ status: 503, retryAfter: "5", code: "UNAVAILABLE" });
    await consistency(before + 30 * PER_BATCH);
  }, 180_000);
});
