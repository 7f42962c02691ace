import { PgTransaction } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Run independent reads at once where the executor allows it: on the database (a pool: each query
 * on a connection of its own) in parallel; inside a transaction, which holds ONE connection, one
 * after the other — node-postgres warns when a query is sent to a client still running another
 * ("already executing a query", deprecated; pg 9 refuses it).
 */
export async function readAll<T extends readonly (() => Promise<unknown>)[]>(
  db: Executor,
  reads: T,
): Promise<Results<T>> {
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results<T>;
}
