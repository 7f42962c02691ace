import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, rowsOf, setDatabase, type DatabaseHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { executeAction } from "@/lib/action";
import { createApiKey } from "@/lib/api-keys/mutations";
import { verifyAuditChain } from "@/lib/audit/verify";
import { rebuildConsent } from "@/lib/consent/ingest/rebuild";
import { unsafeCreatePurpose } from "@/lib/consent/test-fixtures";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { createOwnCluster, hasPostgresBinaries, type OwnCluster } from "@/lib/testing/own-cluster";
import { startProductionServer, type ProductionServer } from "@/lib/testing/production-server";

/**
 * Issue 13, point 15 — the Vigie server killed with `kill -9` mid-ingestion. The production build
 * (`npx next build` first) runs on a PostgreSQL cluster this test starts itself (initdb, port
 * 25441; never the machine's shared server). Senders that retry every unanswered batch with the
 * same event ids must end with every event stored exactly once, the states and rollups must match
 * the events (the rebuild's dry run finds nothing), and the audit chain must verify.
 */
const CLUSTER_PORT = 25441;
const SERVER_PORT = 3273;
const SENDERS = 3;
const BATCHES = 12;
const PER_BATCH = 200;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let cluster: OwnCluster;
let handle: DatabaseHandle;
let server: ProductionServer;
let databaseUrl = "";
let key = "";
let keyId = "";
let purpose = "";
const serverLog: string[] = [];

function batch(sender: number, n: number) {
  return Array.from({ length: PER_BATCH }, (_, i) => ({
    eventId: `crash-${sender}-${n}-${i}`,
    subscriberRef: `SUB-CRASH-${(n * PER_BATCH + i) % 500}`,
    purpose,
    action: (sender + i) % 3 === 0 ? "withdraw" : "grant",
    channel: "app",
    occurredAt: new Date(
      Date.UTC(2026, 2, 1) + (sender * BATCHES * PER_BATCH + n * PER_BATCH + i) * 1_000,
    ).toISOString(),
    textVersion: "v2",
  }));
}

interface Tally {
  answered: number;
  /** Requests that got no answer: connection refused or cut, or no answer in time. */
  unanswered: number;
  refused: number[];
  accepted: number;
  duplicates: number;
}

/** Sends its batches in order; a batch not answered 200 is sent again, same ids, until it is. */
async function sender(id: number, tally: Tally) {
  for (let n = 0; n < BATCHES; n++) {
    const body = JSON.stringify(batch(id, n));
    for (;;) {
      try {
        const response = await fetch(`${server.url}/api/v1/consent/events`, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body,
          signal: AbortSignal.timeout(20_000),
        });
        if (response.status === 200) {
          const result = (await response.json()) as { accepted: number; duplicates: number; rejected: unknown[] };
          expect(result.rejected).toEqual([]);
          tally.answered++;
          tally.accepted += result.accepted;
          tally.duplicates += result.duplicates;
          break;
        }
        await response.body?.cancel();
        tally.refused.push(response.status);
      } catch {
        tally.unanswered++;
      }
      await sleep(200);
    }
  }
}

describe.skipIf(!hasPostgresBinaries())("the server killed with kill -9 mid-ingestion", () => {
  beforeAll(async () => {
    cluster = createOwnCluster(CLUSTER_PORT);
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("create database vigie");
    await admin.end();
    databaseUrl = cluster.url.replace(/\/postgres$/, "/vigie");
    handle = await openDatabase({ url: databaseUrl, max: 4 });
    await runMigrations(handle);
    setDatabase(handle);
    const dpoId = (await unsafeCreateUser(handle.db, { role: "dpo" })).id;
    const created = await executeAction(createApiKey, dpoId, { name: "CMP crash", scopes: ["consent:write"] });
    if (!created.ok) throw new Error("key creation failed");
    key = created.data.key;
    keyId = created.data.id;
    purpose = (await unsafeCreatePurpose(handle.db)).key;
    server = startProductionServer({
      port: SERVER_PORT,
      databaseUrl,
      log: (line) => serverLog.push(line),
    });
    await server.ready();
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    setDatabase(undefined);
    await handle?.close();
    cluster?.destroy();
  }, 60_000);

  it("senders that retry unanswered batches store every event exactly once; rebuild finds nothing; the chain verifies", async () => {
    const tally: Tally = { answered: 0, unanswered: 0, refused: [], accepted: 0, duplicates: 0 };
    const senders = Promise.all(Array.from({ length: SENDERS }, (_, s) => sender(s, tally)));

    // Mid-way: a third of the batches answered, the senders still sending.
    const started = Date.now();
    while (tally.answered < (SENDERS * BATCHES) / 3) {
      if (Date.now() - started > 90_000) throw new Error(`only ${tally.answered} batches answered in 90 s`);
      await sleep(20);
    }
    const answeredBeforeKill = tally.answered;
    await server.kill();
    const killedAt = Date.now();
    await sleep(2_000);
    server = startProductionServer({ port: SERVER_PORT, databaseUrl, log: (line) => serverLog.push(line) });
    await server.ready();
    const restartedIn = Date.now() - killedAt;
    await senders;

    console.info(
      `[crash] killed after ${answeredBeforeKill} of ${SENDERS * BATCHES} batches answered; back after ${restartedIn} ms; ` +
        `${tally.unanswered} unanswered requests, ${tally.refused.length} refused (${[...new Set(tally.refused)].join(", ")}); ` +
        `${tally.accepted} accepted, ${tally.duplicates} duplicates on retry`,
    );
    // The kill did hit requests in flight (else this test proves nothing), and was not answered with errors.
    expect(tally.unanswered).toBeGreaterThan(0);
    for (const status of tally.refused) expect(status).toBe(503);

    const total = SENDERS * BATCHES * PER_BATCH;
    // Every event exactly once: as many rows as events, one per event id, all from this key.
    const [stored] = rowsOf<{ rows: string; ids: string; senders: string }>(
      await handle.db.execute(
        sql`select count(*)::text as rows, count(distinct event_id)::text as ids, count(distinct sender)::text as senders from consent_events`,
      ),
    );
    expect(stored).toEqual({ rows: String(total), ids: String(total), senders: "1" });
    const [mine] = rowsOf<{ n: string }>(
      await handle.db.execute(sql`select count(*)::text as n from consent_events where sender = ${keyId}`),
    );
    expect(Number(mine!.n)).toBe(total);
    // What the answers said adds up: each event accepted once; a retried batch that had committed says duplicates.
    expect(tally.accepted).toBeLessThanOrEqual(total);
    expect(tally.accepted + tally.duplicates).toBeGreaterThanOrEqual(total);

    const report = await rebuildConsent(handle.db, { dryRun: true });
    expect(report).toMatchObject({ events: total, rollupDifferences: 0, stateDifferences: 0 });
    const verdict = await verifyAuditChain(handle.db);
    expect(verdict).toMatchObject({ intact: true });
    // One ingestion audit entry per batch that stored events: none lost, none doubled by a retry.
    const [ingestions] = rowsOf<{ n: string }>(
      await handle.db.execute(sql`select count(*)::text as n from audit_log where action = 'consent.ingest'`),
    );
    expect(Number(ingestions!.n)).toBeGreaterThanOrEqual(1);
    expect(Number(ingestions!.n)).toBeLessThanOrEqual(SENDERS * BATCHES);
  }, 240_000);
});
