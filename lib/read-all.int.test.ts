import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/db";
import { rowsOf, type Executor } from "@/db/client";
import { readAll } from "./read-all";

const database = useTestDatabase();
const db = () => database.current.handle.db;

/** Three reads that log when each starts and ends. */
function loggedReads(executor: Executor, log: string[]) {
  return [1, 2, 3].map((n) => async () => {
    log.push(`start ${n}`);
    const rows = rowsOf<{ n: number }>(await executor.execute(sql`select ${n}::int as n, pg_sleep(0.02)`));
    log.push(`end ${n}`);
    return rows[0]!.n;
  });
}

describe("readAll", () => {
  it("inside a transaction (one connection) sends each read only once the previous one answered", async () => {
    const log: string[] = [];
    const results = await db().transaction((tx) => readAll(tx, loggedReads(tx, log)));
    expect(results).toEqual([1, 2, 3]);
    expect(log).toEqual(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]);
  });

  it("on the database starts them all at once and answers in their order", async () => {
    const log: string[] = [];
    const results = await readAll(db(), loggedReads(db(), log));
    expect(results).toEqual([1, 2, 3]);
    expect(log.slice(0, 3)).toEqual(["start 1", "start 2", "start 3"]);
  });
});
