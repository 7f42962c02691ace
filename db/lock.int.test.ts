import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirInUseError } from "./lock";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A second process that holds the lock until killed. */
function holdLockInChild(dir: string): Promise<{ pid: number; kill: () => void }> {
  const script = `import { acquireDataDirLock } from ${JSON.stringify(path.join(ROOT, "db/lock.ts"))}; acquireDataDirLock(${JSON.stringify(dir)}, "test holder"); console.log("locked"); setInterval(() => {}, 1000);`;
  // One process (node with the tsx loader), so that its pid is the lock holder's.
  const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("locked")) resolve({ pid: child.pid!, kill: () => child.kill("SIGKILL") });
      child.stdout.removeAllListeners("data");
    });
    child.on("error", reject);
  });
}

describe("the embedded data-directory lock", () => {
  it("makes a second process fail at once, naming the holder, and reclaims the lock once the holder is killed", async () => {
    const dir = tempDir();
    const holder = await holdLockInChild(dir);
    try {
      expect(() => acquireDataDirLock(dir, "second")).toThrow(DataDirInUseError);
      expect(() => acquireDataDirLock(dir, "second")).toThrow(
        new RegExp(`in use by process ${holder.pid} \\(test holder`),
      );
    } finally {
      holder.kill();
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    const lock = acquireDataDirLock(dir, "after the holder died");
    expect(JSON.parse(fs.readFileSync(lock.path, "utf8")).pid).toBe(process.pid);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
  });

  it("refuses a migration run against a directory a server is using", () => {
    const dir = tempDir();
    const lock = acquireDataDirLock(dir, "vigie server (test)");
    try {
      const run = spawnSync(TSX, ["scripts/db-migrate.ts"], {
        cwd: ROOT,
        env: { ...process.env, VIGIE_DATA_DIR: dir, DATABASE_URL: "" },
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`in use by process ${process.pid} (vigie server (test)`);
      expect(fs.existsSync(path.join(dir, "pgdata"))).toBe(false);
    } finally {
      lock.release();
    }
  });

  it("reclaims a stale lock left by a process that no longer exists", () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, "vigie.lock"),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), command: "killed", since: "2026-01-01T00:00:00Z" }),
    );
    const lock = acquireDataDirLock(dir, "new server");
    expect(JSON.parse(fs.readFileSync(lock.path, "utf8")).command).toBe("new server");
    lock.release();
  });
});
