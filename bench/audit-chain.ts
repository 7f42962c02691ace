import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "@/db/client";
import { appendAudit } from "@/lib/audit/write";
import { verifyAuditChain } from "@/lib/audit/verify";
import { timed } from "./databases";

const N = 2_000;
const CONCURRENCY = 8;
const actor = { id: null, label: "bench" };
const event = (i: number) => ({
  action: "user.update" as const,
  entityType: "user" as const,
  entityId: `u${i}`,
  before: { i, name: "Zoë" },
  after: { i, name: "Zoé", at: new Date() },
});

/**
 * What the tamper-evident chain costs: N audited transactions (advisory lock,
 * read of the previous hash, SHA-256, insert) against the same N transactions
 * inserting the same row into a plain table, with 8 concurrent writers.
 */
export async function benchAuditChain(handle: DatabaseHandle) {
  const { db } = handle;
  await db.execute(
    sql`create table if not exists bench_plain_log (id serial primary key, entity_id text, before jsonb, after jsonb)`,
  );

  const runConcurrently = async (write: (i: number) => Promise<unknown>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < N) await write(next++);
      }),
    );
  };

  const plainMs = await timed(() =>
    runConcurrently((i) =>
      db.transaction(async (tx) => {
        const e = event(i);
        await tx.execute(
          sql`insert into bench_plain_log (entity_id, before, after) values (${e.entityId}, ${JSON.stringify(e.before)}::jsonb, ${JSON.stringify(e.after)}::jsonb)`,
        );
      }),
    ),
  );
  const chainedMs = await timed(() => runConcurrently((i) => db.transaction((tx) => appendAudit(tx, actor, event(i)))));
  let verdict: Awaited<ReturnType<typeof verifyAuditChain>> | undefined;
  const verifyMs = await timed(async () => {
    verdict = await verifyAuditChain(db);
  });

  const perSecond = (ms: number) => Math.round((N / ms) * 1000);
  console.log(`audit chain, ${N} transactions, ${CONCURRENCY} writers`);
  console.log(`  baseline  plain insert      ${perSecond(plainMs)} tx/s`);
  console.log(
    `  chained   appendAudit       ${perSecond(chainedMs)} tx/s   ratio ${(plainMs / chainedMs).toFixed(2)} of baseline`,
  );
  console.log(
    `  verify    ${verdict?.entries} entries  ${Math.round(((verdict?.entries ?? 0) / verifyMs) * 1000)} entries/s   (${verdict?.intact ? "intact" : "BROKEN"})`,
  );
}
