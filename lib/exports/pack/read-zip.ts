import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";
import { PACK_STRUCTURE_FILES } from "./manifest";
import type { PackEntry } from "./verify";

/** The structure files are small; anything bigger is not one of Vigie's. */
const MAX_STRUCTURE_BYTES = 1024 * 1024;

export class CorruptZipError extends Error {}

export interface ReadLimits {
  /** Refuse an archive whose entries expand to more than this many bytes in all (a ZIP bomb on an upload). */
  maxTotalBytes?: number;
  maxEntries?: number;
}

/**
 * Read every entry of a pack (a file path or the bytes of an upload), hashing each
 * entry's data as it streams out of the ZIP (constant memory whatever the reports'
 * size); only the three small structure files are kept in memory.
 */
export async function readPackEntries(source: string | Buffer, limits: ReadLimits = {}): Promise<PackEntry[]> {
  const options = { lazyEntries: true, autoClose: true, strictFileNames: true, validateEntrySizes: true };
  let zip: yauzl.ZipFile;
  try {
    zip =
      typeof source === "string"
        ? await yauzl.openPromise(source, options)
        : await yauzl.fromBufferPromise(source, options);
  } catch (error) {
    throw new CorruptZipError((error as Error).message);
  }
  const entries: PackEntry[] = [];
  let declared = 0;
  try {
    if (limits.maxEntries !== undefined && zip.entryCount > limits.maxEntries)
      throw new Error(`more than ${limits.maxEntries} entries`);
    for await (const entry of zip.eachEntry()) {
      // validateEntrySizes makes the data match the declared size, so the sum of declared sizes bounds the work.
      declared += entry.uncompressedSize;
      if (limits.maxTotalBytes !== undefined && declared > limits.maxTotalBytes)
        throw new Error(`expands to more than ${limits.maxTotalBytes} bytes`);
      entries.push(await readEntry(zip, entry));
    }
  } catch (error) {
    throw new CorruptZipError((error as Error).message);
  } finally {
    zip.close();
  }
  return entries;
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<PackEntry> {
  const name = entry.fileName;
  const hash = createHash("sha256");
  const keep =
    (PACK_STRUCTURE_FILES as readonly string[]).includes(name) && entry.uncompressedSize <= MAX_STRUCTURE_BYTES;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    await pipeline(
      stream,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          if (keep) chunks.push(chunk);
          done();
        },
      }),
    );
  } catch (error) {
    return { name, size, sha256: "", unreadable: (error as Error).message };
  }
  return { name, size, sha256: hash.digest("hex"), bytes: keep ? Buffer.concat(chunks) : undefined };
}
