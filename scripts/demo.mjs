// `npm run demo`: build once if needed, then start Vigie on the embedded database
// (data in .data/, migrated and seeded with the demo operator on first start).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";

const port = process.env.PORT ?? "3000";
if (!fs.existsSync(".next/BUILD_ID") || process.argv.includes("--rebuild")) {
  console.log("Building Vigie (first start only; `npm run demo -- --rebuild` forces it)...");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
console.log(`Starting Vigie on http://localhost:${port} ...`);
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
