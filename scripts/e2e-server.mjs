// Serves the production build for Playwright on a fresh embedded database of its own.
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
const env = {
  VIGIE_DEMO_CONSENT_EVENTS: "20000",
  ...process.env,
  VIGIE_DATA_DIR: dataDir,
  PORT: port,
  NODE_ENV: "production",
};
delete env.DATABASE_URL;
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "inherit",
  env,
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", (code) => process.exit(code ?? 0));
