import fs from "node:fs";
import path from "node:path";
import { hasVigieTables, restoreEmbedded, restorePostgres } from "@/db/backup";
import { openDatabase } from "@/db/client";
import { readEnv } from "@/lib/env";

/**
 * `npm run restore -- <file>`: into the empty database of DATABASE_URL (pg_restore, one transaction),
 * or into an embedded data directory that holds no database yet. Never over existing data.
 */
const file = process.argv[2];
try {
  if (!file || !fs.existsSync(file)) throw new Error("usage: npm run restore -- <backup file>");
  const env = readEnv();
  if (env.DATABASE_URL) {
    const target = await openDatabase({ url: env.DATABASE_URL, max: 1 });
    const occupied = await hasVigieTables(target.db).finally(() => target.close());
    restorePostgres(env.DATABASE_URL, path.resolve(file), occupied);
  } else {
    await restoreEmbedded(path.resolve(env.VIGIE_DATA_DIR), path.resolve(file), "npm run restore");
  }
  console.log(`Restored ${file}. Check it: start Vigie and use Journal d'audit → Vérifier la chaîne.`);
} catch (error) {
  console.error(`npm run restore: ${(error as Error).message}`);
  process.exitCode = 1;
}
