import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, rowsOf, type DatabaseHandle } from "@/db/client";
import { createOwnCluster, hasPostgresBinaries, type OwnCluster } from "@/lib/testing/own-cluster";

/**
 * The pool survives a PostgreSQL restart under load: no uncaught exception, and once the
 * server is back every request is answered promptly — no connection left poisoned.
 * Runs against a cluster of its own (port 25434), stopped and started by the test.
 */
const PORT = 25434;
let cluster: OwnCluster;
let handle: DatabaseHandle;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => void uncaught.push(error);

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);

describe.skipIf(!hasPostgresBinaries())("the PostgreSQL pool across a server restart", () => {
  beforeAll(async () => {
    cluster = createOwnCluster(PORT);
    handle = await openDatabase({ url: cluster.url, max: 10 });
    await handle.db.execute(sql`create table load (id serial primary key, payload text not null)`);
    process.on("uncaughtException", onUncaught);
  }, 120_000);

  afterAll(async () => {
    process.off("uncaughtException", onUncaught);
    await handle?.close().catch(() => {});
    cluster?.destroy();
  });

  it("recovers without a restart of the application: every later request answered, none hanging", async () => {
    let running = true;
    const payload = "x".repeat(50_000);
    // Writers with batches in flight on every connection of the pool.
    const load = Array.from({ length: 30 }, async () => {
      while (running) {
        await handle.db
          .transaction(async (tx) => {
            await tx.execute(sql`insert into load (payload) select ${payload} from generate_series(1, 20)`);
            await tx.execute(sql`select pg_sleep(0.005)`);
          })
          .catch(() => {});
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    cluster.stop("fast");
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    cluster.start();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    running = false;
    await Promise.all(load);

    const recoveredIn = Date.now();
    for (;;) {
      const ok = await within(handle.db.execute(sql`select 1 as one`), 5_000).then(
        () => true,
        () => false,
      );
      if (ok) break;
      if (Date.now() - recoveredIn > 15_000) throw new Error("the pool did not recover within 15 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const failures: string[] = [];
    for (let round = 0; round < 5; round++) {
      const answers = await Promise.allSettled(
        Array.from({ length: 50 }, () =>
          within(handle.db.execute(sql`select count(*)::int as n from load`), 5_000).then(
            (r) => rowsOf<{ n: number }>(r)[0]!.n,
          ),
        ),
      );
      for (const answer of answers)
        if (answer.status === "rejected") failures.push(String((answer.reason as Error).message));
    }
    expect(failures).toEqual([]);
    expect(uncaught.map(String)).toEqual([]);
  }, 180_000);
});
