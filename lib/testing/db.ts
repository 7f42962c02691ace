import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { openDatabase, setDatabase, type DatabaseHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";

export type TestDriver = "pglite" | "postgres";

export function testDriver(): TestDriver {
  return process.env.VIGIE_TEST_DRIVER === "postgres" ? "postgres" : "pglite";
}

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Another connection pool to the same database (PostgreSQL only), for concurrency tests. */
  url: string | null;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "VIGIE_TEST_DRIVER=postgres needs TEST_DATABASE_URL (a PostgreSQL server the tests may create databases on)",
    );
  return url;
}

/**
 * A database of this test file's own: a fresh PGlite from the migrated template,
 * or a new PostgreSQL database (created, migrated, and dropped at the end).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDriver() === "pglite") {
    const template = fs.readFileSync(inject("pgliteTemplate"));
    const handle = await openDatabase({ loadDataDir: new Blob([template]) });
    return { handle, url: null, drop: () => handle.close() };
  }
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  const name = `vigie_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), max: 20 });
  await runMigrations(handle);
  return {
    handle,
    url: url.toString(),
    async drop() {
      await handle.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Give this test file its own database, installed as the process-wide one. */
export function useTestDatabase(): { readonly current: TestDatabase } {
  const ref: { current?: TestDatabase } = {};
  beforeAll(async () => {
    ref.current = await createTestDatabase();
    setDatabase(ref.current.handle);
  });
  afterAll(async () => {
    setDatabase(undefined);
    await ref.current?.drop();
  });
  return {
    get current() {
      if (!ref.current) throw new Error("test database not ready");
      return ref.current;
    },
  };
}
