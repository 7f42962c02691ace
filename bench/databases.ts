import { randomBytes } from "node:crypto";
import postgres from "postgres";
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
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  const name = `vigie_bench_${randomBytes(4).toString("hex")}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), max: 16 });
  await runMigrations(handle);
  yield {
    label: "PostgreSQL",
    handle,
    async dispose() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export async function timed(body: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await body();
  return performance.now() - started;
}
