import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A PostgreSQL cluster of the test's own (initdb in a temp directory, a spare port), which the
 * test may stop and start — never the machine's shared server. Null when the server binaries
 * are not installed.
 */
export interface OwnCluster {
  url: string;
  stop(mode?: "fast" | "immediate"): void;
  start(): void;
  destroy(): void;
}

function binaries(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const version = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  const bin = version ? path.join(root, version, "bin") : null;
  return bin && fs.existsSync(path.join(bin, "pg_ctl")) ? bin : null;
}

export const hasPostgresBinaries = () => binaries() !== null;

/**
 * Linux gives outgoing connections local ports from 32768 to 60999 (`ip_local_port_range`): a cluster
 * on such a port may find it held by one of the suite's own client connections (CI once saw
 * "could not bind … Address already in use" on 55434). Own clusters take ports below that range.
 */
const EPHEMERAL_PORTS_FROM = 32_768;

export function createOwnCluster(port: number): OwnCluster {
  if (port >= EPHEMERAL_PORTS_FROM)
    throw new RangeError(`port ${port}: choose one below ${EPHEMERAL_PORTS_FROM}, outside the ephemeral range`);
  const bin = binaries();
  if (!bin) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-cluster-"));
  // PostgreSQL refuses to run as root: run its tools as the postgres system user then.
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    asRoot
      ? execFileSync("runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args], { stdio: "pipe" })
      : execFileSync(path.join(bin, tool), args, { stdio: "pipe" });
  if (asRoot) execFileSync("chown", ["postgres", dir]);
  const data = path.join(dir, "data");
  run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "--no-sync"]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => void run("pg_ctl", ["-D", data, "-o", options, "-l", path.join(dir, "log"), "-w", "start"]);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: (mode = "fast") => void run("pg_ctl", ["-D", data, "-m", mode, "-w", "stop"]),
    start,
    destroy() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } catch {
        // already stopped
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
