import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { rowsOf, type DatabaseHandle, type Executor } from "./client";
import { acquireDataDirLock } from "./lock";

/**
 * Backups of either driver: PostgreSQL in pg_dump's custom format (restored with pg_restore),
 * the embedded PGlite as its own data-directory dump (a gzipped tar). A restore goes only into an
 * empty database, so it never mixes two histories of the audit chain.
 */
export async function backupDatabase(handle: DatabaseHandle, file: string, url?: string): Promise<void> {
  if (handle.driver === "pglite") {
    const dump = await handle.pglite!.dumpDataDir("gzip");
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return;
  }
  if (!url) throw new Error("a PostgreSQL backup needs the database URL");
  execFileSync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url], {
    stdio: ["ignore", "ignore", "pipe"],
  });
}

/** Restore a PostgreSQL backup into the (empty) database at `url`, in one transaction. */
export function restorePostgres(url: string, file: string, hasTables: boolean): void {
  if (hasTables) throw new Error("the target database already holds Vigie tables: restore only into an empty database");
  execFileSync(
    "pg_restore",
    ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, file],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
}

/** Restore an embedded backup into `dataDir`, which must not hold a database yet. */
export async function restoreEmbedded(dataDir: string, file: string, command: string): Promise<void> {
  const pgDir = path.join(dataDir, "pgdata");
  if (fs.existsSync(pgDir) && fs.readdirSync(pgDir).length > 0)
    throw new Error(`${dataDir} already holds a database: restore only into an empty data directory`);
  fs.mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir, command);
  try {
    const pglite = await PGlite.create({ dataDir: pgDir, loadDataDir: new Blob([fs.readFileSync(file)]) });
    await pglite.close();
  } finally {
    lock.release();
  }
}

/** True when the database holds Vigie's tables. */
export async function hasVigieTables(db: Executor): Promise<boolean> {
  const [row] = rowsOf<{ users: string | null }>(
    await db.execute(sql`select to_regclass('public.users')::text as users`),
  );
  return Boolean(row?.users);
}

/** Rows per table of the public schema, to compare a restore with its original. */
export async function rowCounts(db: Executor): Promise<Record<string, number>> {
  const tables = rowsOf<{ name: string }>(
    await db.execute(sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1`),
  );
  const out: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = rowsOf<{ n: string | number }>(
      await db.execute(sql`select count(*) as n from ${sql.identifier(name)}`),
    );
    out[name] = Number(row?.n ?? 0);
  }
  return out;
}
