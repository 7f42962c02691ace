import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * PGlite has no lock of its own: a second process opening the same directory
 * silently loses writes. Vigie takes an exclusive lock file beside the data and
 * makes any second process fail at once, naming the holder. A lock left by a
 * process that no longer exists is reclaimed.
 */
export interface DataDirLock {
  path: string;
  release(): void;
}

interface LockInfo {
  pid: number;
  host: string;
  command: string;
  since: string;
}

export class DataDirInUseError extends Error {
  constructor(dir: string, holder: LockInfo) {
    super(
      `The embedded database in ${dir} is in use by process ${holder.pid} (${holder.command}, on ${holder.host} since ${holder.since}). ` +
        `Stop that process first, or set VIGIE_DATA_DIR to another directory.`,
    );
    this.name = "DataDirInUseError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dir: string, command: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "vigie.lock");
  const info: LockInfo = { pid: process.pid, host: os.hostname(), command, since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        const holder = readHolder(file);
        if (holder?.pid === process.pid) fs.rmSync(file, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return { path: file, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(file);
      if (holder && holder.pid === process.pid) {
        throw new DataDirInUseError(dir, holder);
      }
      if (holder && holder.host === os.hostname() && isAlive(holder.pid)) {
        throw new DataDirInUseError(dir, holder);
      }
      if (holder && holder.host !== os.hostname()) throw new DataDirInUseError(dir, holder);
      // Stale lock (dead process or unreadable file): reclaim it and try again.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
