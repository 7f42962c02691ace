// Serves the production build for Playwright on a fresh embedded database of its own, or, with
// E2E_DATABASE_URL, on that PostgreSQL database (one you created and filled with `npm run db:reset`:
// the server path that differs, e.g. exports rendered in a worker thread, runs only on PostgreSQL).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? `.data-e2e`);
fs.rmSync(dataDir, { recursive: true, force: true });
if (!fs.existsSync(".next/BUILD_ID")) {
  console.error("No production build: run `npm run build` before the end-to-end tests.");
  process.exit(1);
}
// A small consent volume keeps the e2e start fast; the spike and every chart are still there.
// Every browser of the run signs in from 127.0.0.1: a per-address rate for a whole office, not one person;
// the stored sessions of the setup project outlive the 30-minute idle limit of a long run.
const env = {
  VIGIE_DEMO_CONSENT_EVENTS: "20000",
  VIGIE_SIGN_IN_RATE: "300",
  VIGIE_SESSION_IDLE_MINUTES: "480",
  ...process.env,
  VIGIE_DATA_DIR: dataDir,
  PORT: port,
  NODE_ENV: "production",
};
if (process.env.E2E_DATABASE_URL) env.DATABASE_URL = process.env.E2E_DATABASE_URL;
else delete env.DATABASE_URL;
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "inherit",
  env,
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
