import path from "node:path";
import { backupDatabase } from "@/db/backup";
import { readEnv } from "@/lib/env";
import { runCli } from "./cli-database";

/**
 * `npm run backup -- <file>`: PostgreSQL (DATABASE_URL) in pg_dump's custom format, the embedded
 * database as its data-directory dump (gzipped tar; the data directory must not be in use).
 */
const file = process.argv[2];
if (!file) {
  console.error("usage: npm run backup -- <file>");
  process.exit(1);
}
await runCli("npm run backup", async (handle) => {
  await backupDatabase(handle, path.resolve(file), readEnv().DATABASE_URL);
  console.log(
    `Backup of ${handle.location} written to ${path.resolve(file)}. Restore it with: npm run restore -- ${file}`,
  );
});
