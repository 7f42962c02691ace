import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env";
import { ensureSigningKeyFile } from "@/lib/exports/pack/signing-key";
import { openDatabase, setDatabase, type DatabaseHandle } from "./client";
import { runMigrations } from "./migrate";
import { demoAccountsText } from "./seed/accounts";
import { isEmpty, seedDemo } from "./seed";
import { demoConsentEventCount } from "./seed/consent";

/** In embedded mode the session secret is generated once and kept beside the data. */
function ensureAuthSecret(dataDir: string): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(33).toString("base64"), { mode: 0o600 });
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

/**
 * Open the database named by the environment for this process. Embedded mode
 * (no DATABASE_URL): lock the data directory, apply migrations, and seed the
 * demo operator when the database is empty. On PostgreSQL, migrations and demo
 * data are explicit (`npm run db:migrate`, `npm run db:seed`).
 */
export async function startDatabase(options: { command: string; log?: (line: string) => void }): Promise<DatabaseHandle> {
  const env = readEnv();
  const log = options.log ?? ((line: string) => console.log(line));
  if (env.DATABASE_URL) {
    const handle = await openDatabase({ url: env.DATABASE_URL, command: options.command });
    setDatabase(handle);
    return handle;
  }
  const dataDir = path.resolve(env.VIGIE_DATA_DIR);
  const handle = await openDatabase({ dataDir, command: options.command });
  try {
    await runMigrations(handle);
    ensureAuthSecret(dataDir);
    if (!env.VIGIE_SIGNING_KEY) ensureSigningKeyFile(dataDir);
    if (await isEmpty(handle.db)) {
      log(`Seeding the demo operator into ${dataDir} ...`);
      await seedDemo(handle.db, new Date(), { consentEvents: demoConsentEventCount(handle.driver) });
    }
    log(demoAccountsText());
  } catch (error) {
    await handle.close();
    throw error;
  }
  setDatabase(handle);
  return handle;
}
