import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { acquireDataDirLock, type DataDirLock } from "./lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The database, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Executor = Db | Tx;

export interface DatabaseHandle {
  db: Db;
  driver: "pglite" | "postgres";
  /** Where the data lives, for messages: a directory, "memory" or a redacted URL. */
  location: string;
  pglite?: PGlite;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres:// URL. When absent the embedded PGlite is used. */
  url?: string;
  /** Embedded data directory; omitted = in memory (tests). */
  dataDir?: string;
  /** A PGlite dump to start from (tests: a migrated template). */
  loadDataDir?: Blob;
  /** Who holds the data-directory lock, for the message a second process sees. */
  command?: string;
  /** postgres.js pool size. */
  max?: number;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, "//$1:***@");
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, { max: options.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return { db, driver: "postgres", location: redact(options.url), close: () => client.end({ timeout: 5 }) };
  }
  let lock: DataDirLock | undefined;
  let pgDir: string | undefined;
  if (options.dataDir) {
    lock = acquireDataDirLock(options.dataDir, options.command ?? process.argv.slice(1).join(" "));
    pgDir = path.join(options.dataDir, "pgdata");
    fs.mkdirSync(options.dataDir, { recursive: true });
  }
  try {
    const pglite = await PGlite.create({ dataDir: pgDir, loadDataDir: options.loadDataDir });
    const db = drizzlePglite(pglite, { schema }) as unknown as Db;
    return {
      db,
      driver: "pglite",
      location: options.dataDir ?? "memory",
      pglite,
      close: async () => {
        try {
          await pglite.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

const globalForDb = globalThis as unknown as { __vigieDb?: DatabaseHandle; __vigieDbOpening?: Promise<DatabaseHandle> };

/** Install the process-wide database (server start-up, scripts, tests). */
export function setDatabase(handle: DatabaseHandle | undefined): void {
  globalForDb.__vigieDb = handle;
}

export function getDatabaseHandle(): DatabaseHandle {
  const handle = globalForDb.__vigieDb;
  if (!handle) throw new Error("The database is not open yet (instrumentation did not run?)");
  return handle;
}

/** The process-wide database. Opened at start-up by `instrumentation.ts` or a script. */
export function getDb(): Db {
  return getDatabaseHandle().db;
}

/** Rows of a raw `db.execute(sql...)` result, whichever the driver. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
