import path from "node:path";
import { openDatabase, setDatabase, type DatabaseHandle } from "@/db/client";
import { readEnv } from "@/lib/env";

/** Open the configured database for a command-line tool (takes the embedded lock). */
export async function openCliDatabase(command: string): Promise<DatabaseHandle> {
  const env = readEnv();
  const handle = env.DATABASE_URL
    ? await openDatabase({ url: env.DATABASE_URL, command, max: 2 })
    : await openDatabase({ dataDir: path.resolve(env.VIGIE_DATA_DIR), command });
  setDatabase(handle);
  return handle;
}

/** Run a command's body, print a clear message on failure, and always close the database. */
export async function runCli(command: string, body: (handle: DatabaseHandle) => Promise<void>): Promise<void> {
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openCliDatabase(command);
    await body(handle);
  } catch (error) {
    console.error(`${command}: ${(error as Error).message}`);
    process.exitCode = 1;
  } finally {
    await handle?.close();
  }
}
