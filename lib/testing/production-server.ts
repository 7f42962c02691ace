import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

/**
 * A Vigie production server (`next start` on the build in `.next/`) on PostgreSQL, for tests and
 * scripts that need the real process: started in its own process group, so that a stop or a
 * `kill -9` reaches `next-server` and not only the wrapper.
 */
export interface ProductionServer {
  url: string;
  /** The `next start` process, leader of the server's process group. */
  pid: number;
  /** Resolves once `/api/health` answers 200. */
  ready(timeoutMs?: number): Promise<void>;
  /** `kill -9` of the whole process group: no shutdown, connections cut mid-request. */
  kill(): Promise<void>;
  /** SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export const hasProductionBuild = () => fs.existsSync(".next/BUILD_ID");

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startProductionServer(options: {
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
  /** Where the server's output goes; by default it is discarded. */
  log?: (line: string) => void;
}): ProductionServer {
  if (!hasProductionBuild()) throw new Error("No production build: run `npx next build` first.");
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-p", String(options.port), "-H", "127.0.0.1"],
    {
      detached: true,
      stdio: ["ignore", options.log ? "pipe" : "ignore", options.log ? "pipe" : "ignore"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: "vigie-test-server-secret-of-at-least-thirty-two-characters",
        AUTH_TRUST_HOST: "true",
        PORT: String(options.port),
        ...options.env,
      },
    },
  );
  if (options.log) {
    const log = options.log;
    for (const stream of [child.stdout, child.stderr])
      stream?.on("data", (chunk: Buffer) => {
        for (const line of chunk.toString().split("\n")) if (line.trim()) log(line);
      });
  }
  let exited = child.exitCode !== null;
  const exit = new Promise<void>((resolve) =>
    child.once("exit", () => {
      exited = true;
      resolve();
    }),
  );
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // the group is already gone
    }
  };
  return {
    url,
    pid: child.pid!,
    async ready(timeoutMs = 60_000) {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        if (exited) throw new Error(`the server on port ${options.port} exited at start (port in use?)`);
        const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) return;
        await sleep(250);
      }
      throw new Error(`the server on port ${options.port} was not healthy within ${timeoutMs} ms`);
    },
    async kill() {
      signal("SIGKILL");
      await exit;
    },
    async stop(graceMs = 5_000) {
      if (exited) return;
      signal("SIGTERM");
      await Promise.race([exit, sleep(graceMs)]);
      if (!exited) {
        signal("SIGKILL");
        await exit;
      }
    },
  };
}
