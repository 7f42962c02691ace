import { createHash } from "node:crypto";
import { once } from "node:events";
import { Transform, type Writable } from "node:stream";
import type { ZipArchive } from "archiver";

/**
 * Formats that are compressed already (PDF content streams are deflated, XLSX is a ZIP):
 * deflating them again costs CPU time for a few percent at best, so they are stored.
 */
const ALREADY_COMPRESSED = /\.(pdf|xlsx|zip)$/i;

export function isStoredEntry(name: string): boolean {
  return ALREADY_COMPRESSED.test(name);
}

/**
 * Stream one document into its ZIP entry, hashing the bytes on their way in (SHA-256
 * and size of the document itself, not of its compressed form). Resolves once the
 * archive has consumed the whole entry. PDF and XLSX entries are stored, the others deflated.
 * The entry is dated `date` (the pack's generation time), not with the clock.
 */
export async function appendStreamedEntry(
  archive: ZipArchive,
  name: string,
  date: Date,
  write: (out: Writable) => Promise<void>,
): Promise<{ size: number; sha256: string }> {
  const hash = createHash("sha256");
  let size = 0;
  const entry = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const consumed = once(archive, "entry");
  archive.append(entry, { name, date, store: isStoredEntry(name) });
  try {
    await write(entry);
  } catch (error) {
    entry.destroy();
    throw error;
  }
  entry.end();
  await consumed;
  return { size, sha256: hash.digest("hex") };
}
