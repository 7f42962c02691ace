import { createHash } from "node:crypto";
import { once } from "node:events";
import { Transform, type Writable } from "node:stream";
import type { ZipArchive } from "archiver";

/**
 * Stream one document into its ZIP entry, hashing the bytes on their way in (SHA-256
 * and size of the document itself, not of its compressed form). Resolves once the
 * archive has consumed the whole entry.
 */
export async function appendStreamedEntry(
  archive: ZipArchive,
  name: string,
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
  archive.append(entry, { name });
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
