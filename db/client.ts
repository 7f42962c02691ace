import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import pg from "pg";
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
  /** The connection pool (PostgreSQL only), for work that needs one raw connection (COPY streams). */
  pool?: pg.Pool;
  /** The postgres:// URL it was opened with (PostgreSQL only): a worker thread opens its own pool from it. */
  url?: string;
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
  /** Connection pool size. */
  max?: number;
}

/**
 * How long a request waits for a connection (a free one of the pool, or a new one) before it
 * fails: while the server is down requests fail fast instead of queueing for 30 s.
 */
export const CONNECT_TIMEOUT_MS = 5_000;

/**
 * node-postgres, not postgres.js: postgres.js 3.4.9 leaves connections that never answer after a
 * server restart under load (porsager/postgres 1154, 1208; reproduced by lib/testing/pool-outage.int.test.ts).
 * A broken connection is dropped from the pool and the next request opens a new one: no background
 * reconnection loop, so there is no backoff to tune — recovery is the next request once the server
 * accepts connections, and while it does not, each request costs one refused connection attempt.
 */
function openPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  // A connection cut by the server (restart, failover) emits "error": idle ones on the pool, checked-out ones
  // (between two statements of a transaction) on themselves. Unheard, either would crash the process; the
  // pool drops the connection and the statement in flight fails on its own.
  pool.on("error", (error) => console.error(`[db] idle connection lost: ${error.message}`));
  pool.on("connect", (client) =>
    client.on("error", (error) => console.error(`[db] connection lost: ${error.message}`)),
  );
  return pool;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, "//$1:***@");
}

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.url) {
    const pool = openPool(options.url, options.max ?? 10);
    const db = drizzlePostgres(pool, { schema }) as unknown as Db;
    return { db, driver: "postgres", location: redact(options.url), pool, url: options.url, close: () => pool.end() };
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

/**
 * One transaction on one connection, with that connection's raw client (PostgreSQL, for COPY
 * streams beside Drizzle's queries in the same transaction) or null (PGlite: one connection
 * anyway). A failed transaction's connection is discarded rather than returned to the pool: a COPY
 * cut short may leave it mid-protocol.
 */
export async function transactionWithClient<T>(
  work: (tx: Tx, client: pg.PoolClient | null) => Promise<T>,
  /** A database to use instead of the process-wide one (the demo seed): plain queries only, no raw client. */
  db?: Db,
): Promise<T> {
  if (db) return db.transaction((tx) => work(tx, null));
  const handle = getDatabaseHandle();
  if (!handle.pool) return handle.db.transaction((tx) => work(tx, null));
  const client = await handle.pool.connect();
  let failed = false;
  try {
    const db = drizzlePostgres(client, { schema }) as unknown as Db;
    return await db.transaction((tx) => work(tx, client));
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    client.release(failed ? true : undefined);
  }
}
