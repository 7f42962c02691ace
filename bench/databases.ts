import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";

export interface BenchTarget {
  label: string;
  handle: DatabaseHandle;
  dispose(): Promise<void>;
}

/** A fresh, migrated in-memory PGlite, then (if configured) a fresh PostgreSQL database. */
export async function* benchDatabases(): AsyncGenerator<BenchTarget> {
  const pglite = await openDatabase({});
  await runMigrations(pglite);
  yield { label: "PGlite (in memory)", handle: pglite, dispose: () => pglite.close() };

  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    console.log("\n(set BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to also measure on PostgreSQL)");
    return;
  }
  const scratch = await createScratchDatabase(server, "vigie_bench");
  const handle = await openDatabase({ url: scratch.url, max: 16 });
  await runMigrations(handle);
  yield {
    label: "PostgreSQL",
    handle,
    async dispose() {
      await handle.close();
      await scratch.drop();
    },
  };
}

/**
 * A database of its own on the PostgreSQL server `server` (random name with `prefix`), with an
 * admin connection to the server (checkpoints, WAL positions) and a `drop` that removes it.
 */
export async function createScratchDatabase(
  server: string,
  prefix: string,
): Promise<{ url: string; admin: pg.Client; drop(): Promise<void> }> {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    admin,
    async drop() {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export async function timed(body: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await body();
  return performance.now() - started;
}
