/**
 * What bench/pages.ts and bench/lighthouse.ts share: the scratch database at operator scale (demo operator,
 * 5,000 register entries, 2,000 incidents, BENCH_CONSENT_EVENTS consent events), the production build in
 * a directory of its own (VIGIE_DIST_DIR), the server started on it with the benchmark's baseline page
 * enabled, and the DPO's sign-in.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openDatabase } from "@/db/client";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/demo/accounts";
import { createScratchDatabase } from "./databases";
import { growIncidents, growRegister } from "./pages-seed";

const server = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
export const port = Number(process.env.BENCH_PORT ?? 3180);
export const base = `http://127.0.0.1:${port}`;
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
export const uptime = () => execFileSync("uptime", { encoding: "utf8" }).trim();

const baseEnv = {
  ...process.env,
  NODE_ENV: "production" as const,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-pages-secret-of-at-least-thirty-two-characters",
  AUTH_TRUST_HOST: "true",
  VIGIE_BENCH_PAGES: "1",
  VIGIE_DEMO_CONSENT_EVENTS: process.env.BENCH_CONSENT_EVENTS ?? "1000000",
  VIGIE_SESSION_IDLE_MINUTES: "480",
  PORT: String(port),
};

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** The DPO's session cookie ("name=value"). */
export async function signInAsDpo(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; "), origin: base },
    body: new URLSearchParams({
      email: demoAccounts.find((a) => a.role === "dpo")!.email,
      password: DEMO_PASSWORD,
      csrfToken,
      callbackUrl: `${base}/`,
    }),
  });
  const session = cookiesOf(response).find((c) => c.includes("session-token"));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return session;
}

/** BENCH_DATABASE when set (already seeded), else a scratch database seeded now (BENCH_KEEP=1 keeps it). */
export async function seededDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (process.env.BENCH_DATABASE) return { url: process.env.BENCH_DATABASE, drop: async () => {} };
  const scratch = await createScratchDatabase(server, "vigie_speed_pages");
  const env = { ...baseEnv, DATABASE_URL: scratch.url };
  const tsx = (script: string) =>
    execFileSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "--import", "./scripts/server-modules.mjs", script],
      { env, stdio: "inherit" },
    );
  const started = performance.now();
  console.log(`Scratch database ${scratch.url}: demo operator with ${env.VIGIE_DEMO_CONSENT_EVENTS} consent events…`);
  tsx("scripts/db-migrate.ts");
  tsx("scripts/db-seed.ts");
  const handle = await openDatabase({ url: scratch.url, max: 4 });
  try {
    await growRegister(handle, 5_000, new Date());
    await growIncidents(handle, 2_000);
  } finally {
    await handle.close();
  }
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return process.env.BENCH_KEEP === "1"
    ? { url: scratch.url, drop: async () => console.log(`kept ${scratch.url}`) }
    : scratch;
}

/** `next build` into `distDir` unless a build is there already. */
export function ensureBuild(distDir: string) {
  if (fs.existsSync(path.join(distDir, "BUILD_ID"))) return;
  console.log(`No build in ${distDir}: next build…`);
  execFileSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    env: { ...baseEnv, VIGIE_DIST_DIR: distDir },
    stdio: "inherit",
  });
}

/** `next start` on the build in `distDir`; `profileDir`: write a V8 CPU profile there on exit. */
export async function startServer(distDir: string, databaseUrl: string, profileDir?: string): Promise<ChildProcess> {
  // --cpu-prof is refused in NODE_OPTIONS: it goes on the command line (`next start` serves in this process).
  const profile = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...baseEnv, DATABASE_URL: databaseUrl, VIGIE_DIST_DIR: distDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let n = 0; ; n++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    if (n > 120 || child.exitCode !== null) throw new Error("the server did not start");
    await sleep(500);
  }
}

export async function stopServer(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, sleep(15_000)]);
}

/** A page's or route's body, following the one redirect an RSC request gets to add its `_rsc` parameter. */
export async function body(pathname: string, headers: Record<string, string>): Promise<string> {
  let response = await fetch(`${base}${pathname}`, { headers, redirect: "manual" });
  const location = response.headers.get("location");
  if (response.status === 307 && headers.RSC && location?.includes("_rsc")) {
    await response.arrayBuffer();
    response = await fetch(new URL(location, base), { headers, redirect: "manual" });
  }
  const text = await response.text();
  if (response.status !== 200)
    throw new Error(`${pathname}: HTTP ${response.status} ${response.headers.get("location") ?? ""}`);
  return text;
}

/** A register entry and an incident (the most urgent) of the seeded data. */
export async function references(cookie: string): Promise<{ entry: string; incident: string }> {
  const links = JSON.parse(await body("/api/register/options", { cookie })) as { reference: string }[];
  const incidents = JSON.parse(await body("/api/incidents", { cookie })) as { reference: string }[];
  return { entry: links[Math.floor(links.length / 2)]!.reference, incident: incidents[0]!.reference };
}
