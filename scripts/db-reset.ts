import { sql } from "drizzle-orm";
import { runMigrations } from "@/db/migrate";
import { demoAccountsText } from "@/lib/demo/accounts";
import { seedDemo } from "@/lib/demo";
import { demoConsentEventCount } from "@/lib/demo/consent";
import { runCli } from "./cli-database";

/**
 * Start again from the demo data. Embedded: the data directory is emptied (it
 * must not be in use). PostgreSQL: every Vigie table is dropped — only with --force.
 */
const force = process.argv.includes("--force");

await runCli(
  "npm run db:reset",
  async (handle) => {
    if (handle.driver === "postgres" && !force) {
      throw new Error(`this drops every table in ${handle.location}. Run again with: npm run db:reset -- --force`);
    }
    await handle.db.execute(sql`drop schema if exists public cascade`);
    await handle.db.execute(sql`drop schema if exists drizzle cascade`);
    await handle.db.execute(sql`create schema public`);
    await runMigrations(handle);
    await seedDemo(handle.db, new Date(), { consentEvents: demoConsentEventCount(handle.driver) });
    console.log(`${handle.location} reset to the demo data.\n${demoAccountsText()}`);
  },
  { needsSchema: false },
);
