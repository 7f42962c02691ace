import path from "node:path";
import { openDatabase, setDatabase, type DatabaseHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { demoAccountsText } from "@/lib/demo/accounts";
import { isEmpty, seedDemo } from "@/lib/demo";
import { demoConsentEventCount } from "@/lib/demo/consent";
import { readEnv } from "@/lib/env";
import { ensureSigningKeyFile } from "@/lib/exports/pack/signing-key";

/**
 * Open the database named by the environment for this process. Embedded mode
 * (no DATABASE_URL): lock the data directory, apply migrations, and seed the
 * demo operator when the database is empty. On PostgreSQL, migrations and demo
 * data are explicit (`npm run db:migrate`, `npm run db:seed`).
 */
export async function startDatabase(options: {
  command: string;
  log?: (line: string) => void;
}): Promise<DatabaseHandle> {
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
