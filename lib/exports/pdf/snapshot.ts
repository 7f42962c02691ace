import { PgTransaction } from "drizzle-orm/pg-core";
import type { Executor } from "@/db/client";

/**
 * Run a report's reads in one read-only snapshot (REPEATABLE READ), so the counting pass and
 * the writing pass of a PDF see the same rows. Inside a caller's transaction, that
 * transaction's snapshot is used as it is.
 */
export function readSnapshot<T>(db: Executor, read: (tx: Executor) => Promise<T>): Promise<T> {
  if (db instanceof PgTransaction) return read(db);
  return db.transaction((tx) => read(tx), { isolationLevel: "repeatable read", accessMode: "read only" });
}

/**
 * Rows a page at a time by keyset pagination: `fetch(after, size)` returns the rows after the key
 * `after` (null for the first page) in key order. Only one page is held at a time.
 */
export async function* keysetPages<T, K>(
  fetch: (after: K | null, size: number) => Promise<T[]>,
  keyOf: (row: T) => K,
  size = 200,
): AsyncGenerator<T[]> {
  let after: K | null = null;
  for (;;) {
    const rows = await fetch(after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]!);
  }
}
