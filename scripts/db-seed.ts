import { runMigrations } from "@/db/migrate";
import { demoAccountsText } from "@/lib/demo/accounts";
import { isEmpty, seedDemo } from "@/lib/demo";
import { demoConsentEventCount } from "@/lib/demo/consent";
import { runCli } from "./cli-database";

await runCli("npm run db:seed", async (handle) => {
  if (handle.driver === "pglite") await runMigrations(handle);
  if (!(await isEmpty(handle.db))) {
    throw new Error(`${handle.location} already holds data; use npm run db:reset to start again from the demo data.`);
  }
  await seedDemo(handle.db, new Date(), { consentEvents: demoConsentEventCount(handle.driver) });
  console.log(`Demo data written to ${handle.location}.\n${demoAccountsText()}`);
});
