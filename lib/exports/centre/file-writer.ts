import { createHash } from "node:crypto";
import fs from "node:fs";
import { Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { partPath } from "./storage";

export interface WrittenFile {
  size: number;
  /** Lowercase hex SHA-256 of the bytes on disk. */
  sha256: string;
}

/** Bytes written between two progress reports. */
const PROGRESS_STEP = 256 * 1024;

/**
 * Let `render` write a document to `finalPath` with constant memory: every chunk is hashed
 * and counted as it passes to the file (back-pressure flows from the disk to the renderer).
 * The bytes go to `<finalPath>.part`, renamed only once complete and flushed; on any failure
 * the partial file is removed and the error rethrown, so no half-file ever has the final name.
 */
export async function writeReportFile(
  finalPath: string,
  render: (out: Writable) => Promise<void>,
  onBytes?: (bytes: number) => void,
): Promise<WrittenFile> {
  const temporary = partPath(finalPath);
  const hash = createHash("sha256");
  let size = 0;
  let reported = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      // Progress every PROGRESS_STEP bytes, not every chunk (a worker posts each report to the server's thread).
      if (size - reported >= PROGRESS_STEP) {
        reported = size;
        onBytes?.(size);
      }
      callback(null, chunk);
    },
  });
  // "wx": never overwrite; flush: fsync before close, so a crash cannot leave a short "complete" file.
  const file = fs.createWriteStream(temporary, { flags: "wx", flush: true });
  let created = false;
  file.once("open", () => (created = true));
  const written = pipeline(meter, file);
  try {
    // The pipeline settles first only if the disk side failed (ENOSPC, EACCES…): stop waiting for the renderer then.
    const rendering = render(meter);
    rendering.catch(() => {});
    await Promise.race([rendering, written]);
    if (!meter.writableEnded) meter.end();
    await written;
    await fs.promises.rename(temporary, finalPath);
    if (size !== reported) onBytes?.(size);
  } catch (error) {
    meter.destroy();
    await written.catch(() => {});
    // Only our own half-file: "wx" refused to open one that already existed (another job's).
    if (created) await fs.promises.rm(temporary, { force: true });
    throw error;
  }
  return { size, sha256: hash.digest("hex") };
}
