import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

/**
 * Once per run: a migrated PGlite database dumped to a file, so that every test
 * file starts from a fresh copy in about a second instead of running initdb.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-template-"));
  const file = path.join(dir, "template.tar.gz");
  if (process.env.VIGIE_TEST_DRIVER !== "postgres") {
    const handle = await openDatabase({});
    await runMigrations(handle);
    const dump = await handle.pglite!.dumpDataDir("gzip");
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await handle.close();
  }
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
