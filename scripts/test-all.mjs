// `npm test`: the whole suite, in the order that fails fastest.
// Integration tests run on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set
// (a server the suite may create and drop databases on). `--no-e2e` skips the browser.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const args = new Set(process.argv.slice(2));
const pgUrl = process.env.TEST_DATABASE_URL;
const hasNginx =
  Boolean(process.env.NGINX) ||
  fs.existsSync("/usr/sbin/nginx") ||
  spawnSync("sh", ["-c", "command -v nginx"], { stdio: "ignore" }).status === 0;
const steps = [
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
  ["format", "npx", ["prettier", "--check", "."]],
  ["unit tests", "npx", ["vitest", "run", "--project", "unit"]],
  ["integration tests (PGlite)", "npx", ["vitest", "run", "--project", "integration"], { VIGIE_TEST_DRIVER: "pglite" }],
];
if (pgUrl)
  steps.push([
    "integration tests (PostgreSQL)",
    "npx",
    ["vitest", "run", "--project", "integration"],
    { VIGIE_TEST_DRIVER: "postgres" },
  ]);
if (!args.has("--no-e2e")) {
  steps.push(["production build", "npx", ["next", "build"]]);
  // The server killed with kill -9 mid-ingestion: the build, on a PostgreSQL cluster the test starts itself.
  steps.push(["crash test (kill -9 mid-ingestion)", "npx", ["vitest", "run", "--project", "crash"]]);
  // Two instances behind nginx on one PostgreSQL database (scripts/two-instances.ts).
  if (pgUrl && hasNginx) steps.push(["two instances behind nginx", "npx", ["tsx", "scripts/two-instances.ts"]]);
  steps.push(["end-to-end tests (Chromium)", "npx", ["playwright", "test"]]);
}

const started = Date.now();
const report = [];
for (const [name, command, commandArgs, extraEnv = {}] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const result = spawnSync(command, commandArgs, { stdio: "inherit", env: { ...process.env, ...extraEnv } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  report.push(`${result.status === 0 ? "ok  " : "FAIL"} ${name} (${seconds} s)`);
  if (result.status !== 0) {
    console.log(`\n${report.join("\n")}\n\n${name} failed.`);
    process.exit(result.status ?? 1);
  }
}
if (!pgUrl)
  report.push("skip integration tests (PostgreSQL): set TEST_DATABASE_URL=postgres://user@host:5432/db to run them");
if (!args.has("--no-e2e") && !(pgUrl && hasNginx))
  report.push("skip two instances behind nginx: needs TEST_DATABASE_URL and nginx (Debian: apt-get install nginx)");
console.log(`\n${report.join("\n")}\nAll passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
