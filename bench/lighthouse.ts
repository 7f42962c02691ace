/**
 * `npm run bench:lighthouse` (issue 16): Lighthouse (desktop preset: a DPO's console is used on a desktop)
 * on the register, an incident and the consent dashboard, signed in as the DPO, in Debian's Chromium with
 * the flags of playwright.config.ts. Prints the performance and accessibility scores, the main timings and
 * the JavaScript each page ships (transferred and uncompressed). Same data and server as bench:pages
 * (bench/pages-server.ts): BENCH_DIST_DIR (default .next-bench, built if missing), BENCH_DATABASE to reuse
 * a seeded database, CHROMIUM_PATH to use another browser.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import {
  base,
  ensureBuild,
  references,
  seededDatabase,
  signInAsDpo,
  startServer,
  stopServer,
  uptime,
} from "./pages-server";

const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const distDir = process.env.BENCH_DIST_DIR ?? ".next-bench";

interface NetworkRequest {
  url: string;
  resourceType?: string;
  transferSize?: number;
  resourceSize?: number;
}

const database = await seededDatabase();
ensureBuild(distDir);
const server = await startServer(distDir, database.url);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: CHROMIUM_FLAGS,
});
try {
  const cookie = await signInAsDpo();
  const { incident } = await references(cookie);
  const rows: string[] = [];
  for (const pathname of ["/register", `/incidents/${incident}`, "/consent"]) {
    const result = await lighthouse(
      `${base}${pathname}`,
      { port: chrome.port, output: "json", logLevel: "error", extraHeaders: { Cookie: cookie } },
      desktopConfig,
    );
    if (!result) throw new Error(`Lighthouse gave no result for ${pathname}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${pathname}: ${lhr.runtimeError.message}`);
    const requests = ((lhr.audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined)?.items ??
      []) as NetworkRequest[];
    const scripts = requests.filter((r) => r.resourceType === "Script");
    const kb = (bytes: number) => (bytes / 1024).toFixed(0);
    const sum = (key: "transferSize" | "resourceSize") => scripts.reduce((total, r) => total + (r[key] ?? 0), 0);
    const ms = (id: string) => lhr.audits[id]?.displayValue ?? "—";
    const failed = Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === a.id) && a.score === 0)
      .map((a) => a.id);
    rows.push(
      `| ${pathname} | ${Math.round((lhr.categories.performance?.score ?? 0) * 100)} | ${Math.round((lhr.categories.accessibility?.score ?? 0) * 100)}${failed.length ? ` (${failed.join(", ")})` : ""} | ${ms("first-contentful-paint")} | ${ms("largest-contentful-paint")} | ${ms("total-blocking-time")} | ${scripts.length} | ${kb(sum("transferSize"))} | ${kb(sum("resourceSize"))} |`,
    );
    console.log(rows.at(-1));
  }
  console.log(
    `\nLighthouse ${desktopConfig.settings?.formFactor ?? "desktop"} preset, ${distDir} — ${uptime()}\n| page | performance | accessibility | FCP | LCP | TBT | scripts | JS KB transferred | JS KB uncompressed |\n|---|---|---|---|---|---|---|---|---|\n${rows.join("\n")}`,
  );
} finally {
  chrome.kill();
  await stopServer(server);
  await database.drop();
}
