import path from "node:path";
import { hasVigieTables } from "@/db/backup";
import { openDatabase, setDatabase, type DatabaseHandle } from "@/db/client";
import { readEnv } from "@/lib/env";
import { loadMessages } from "@/lib/i18n/messages";

/** Open the configured database for a command-line tool (takes the embedded lock). */
export async function openCliDatabase(command: string): Promise<DatabaseHandle> {
  const env = readEnv();
  const handle = env.DATABASE_URL
    ? await openDatabase({ url: env.DATABASE_URL, command, max: 2 })
    : await openDatabase({ dataDir: path.resolve(env.VIGIE_DATA_DIR), command });
  setDatabase(handle);
  return handle;
}

/**
 * A database that was never migrated (a fresh embedded data directory, a new server) gets a
 * sentence that says what to do, not the raw "Failed query" of the first insert.
 */
async function assertMigrated(handle: DatabaseHandle): Promise<void> {
  if (await hasVigieTables(handle.db)) return;
  throw new Error(
    handle.driver === "pglite"
      ? `the embedded database in ${handle.location} does not exist yet. Start Vigie once (npm run demo, or npm start), which creates it with the demo data, stop it, then run this command again.`
      : `the database ${handle.location} has no Vigie tables yet. Run npm run db:migrate first.`,
  );
}

let english: Record<string, unknown> | undefined;
/** A message key of the schemas (`apiKeys.errors.nameRequired`) in English, for people at a terminal. */
export async function cliMessage(key: string): Promise<string> {
  english ??= await loadMessages("en");
  const text = key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined),
      english,
    );
  return typeof text === "string" ? text : key;
}

/**
 * Run a command's body, print a clear message on failure, and always close the database.
 * `needsSchema: false` for the commands that create the schema (migrate, reset).
 */
export async function runCli(
  command: string,
  body: (handle: DatabaseHandle) => Promise<void>,
  options: { needsSchema?: boolean } = {},
): Promise<void> {
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openCliDatabase(command);
    if (options.needsSchema !== false) await assertMigrated(handle);
    await body(handle);
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}
