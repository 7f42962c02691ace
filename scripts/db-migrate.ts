import { runMigrations } from "@/db/migrate";
import { runCli } from "./cli-database";

await runCli(
  "npm run db:migrate",
  async (handle) => {
    await runMigrations(handle);
    console.log(`Migrations applied to ${handle.location}.`);
  },
  { needsSchema: false },
);
