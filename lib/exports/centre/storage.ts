import fs from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env";

/**
 * Where export files live: `VIGIE_EXPORT_DIR`, or `exports/` inside the data directory.
 * With several instances this must be storage they all share (a downloaded file may
 * have been written by another instance); see the README.
 */
export function exportDirectory(env: Record<string, string | undefined> = process.env): string {
  const configured = env.VIGIE_EXPORT_DIR?.trim();
  return path.resolve(configured || path.join(readEnv(env).VIGIE_DATA_DIR, "exports"));
}

/** The file of one export inside the directory: its id and format, never anything a user typed. */
export function storageKeyOf(exportId: string, format: string): string {
  return `${exportId}.${format}`;
}

export function storagePath(directory: string, storageKey: string): string {
  return path.join(directory, path.basename(storageKey));
}

const PART_SUFFIX = ".part";
/** A file still being written after this long belongs to a job that died. */
export const STALE_PART_MS = 24 * 3_600_000;

export function partPath(finalPath: string): string {
  return `${finalPath}${PART_SUFFIX}`;
}

/** Remove half-written files (and an audit pack's directory of parts) left by a process that died mid-export (never a finished file). */
export async function sweepPartFiles(directory: string, now: Date): Promise<number> {
  let removed = 0;
  const entries = await fs.promises.readdir(directory).catch(() => [] as string[]);
  for (const name of entries) {
    if (!name.endsWith(PART_SUFFIX)) continue;
    const full = path.join(directory, name);
    const stat = await fs.promises.stat(full).catch(() => null);
    if (stat && now.getTime() - stat.mtimeMs > STALE_PART_MS) {
      await fs.promises.rm(full, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
