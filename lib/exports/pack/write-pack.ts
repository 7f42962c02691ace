import { sign, type KeyObject } from "node:crypto";
import type { Writable } from "node:stream";
import { ZipArchive } from "archiver";
import {
  MANIFEST_FILE,
  manifestBytes,
  PUBLIC_KEY_FILE,
  SIGNATURE_FILE,
  type ManifestFile,
  type PackManifest,
} from "./manifest";
import { keyFingerprint, publicKeyPem } from "./signing-key";
import { appendStreamedEntry } from "./zip-entry";

export interface PackEntrySource {
  name: string;
  report: string;
  format: string;
  /** Writes the document (respecting back-pressure, never ending the stream). */
  write(out: Writable): Promise<void>;
  /**
   * Settles when the document can be written at once (rendered elsewhere); rejects if it cannot.
   * When every entry has one, entries go into the ZIP as they become ready, not in list order.
   */
  ready?: Promise<unknown>;
}

/** The order to append entries in: list order, or the order they become ready when all say when. */
async function* appendOrder(entries: readonly PackEntrySource[]): AsyncGenerator<number> {
  if (!entries.every((entry) => entry.ready)) {
    yield* entries.keys();
    return;
  }
  const waiting = new Map(entries.map((entry, index) => [index, entry.ready!.then(() => index)]));
  while (waiting.size > 0) {
    const index = await Promise.race(waiting.values());
    waiting.delete(index);
    yield index;
  }
}

/**
 * Write a signed pack to `out` (never ended): each document streamed into its entry
 * while hashed, then `manifest.json` in canonical bytes, `manifest.sig` (Ed25519 over
 * exactly those bytes) and `vigie-public.pem`. No database: the caller supplies what
 * the manifest states about the organisation, the period and the audit log.
 */
export async function writeSignedPack(options: {
  out: Writable;
  key: KeyObject;
  manifest: Omit<PackManifest, "files" | "publicKeyFingerprint">;
  entries: readonly PackEntrySource[];
  onEntry?: (done: number, total: number) => void;
}): Promise<PackManifest> {
  const { out, key, entries } = options;
  const archive = new ZipArchive({ zlib: { level: 6 } });
  // Every entry is dated with the pack's generation time, as the manifest states it.
  const date = new Date(options.manifest.generatedAt);
  // Piped without ending `out` (the caller owns it); back-pressure flows from `out` to the reports.
  archive.pipe(out, { end: false });
  let stopWatching = () => {};
  const piped = new Promise<void>((resolve, reject) => {
    const closed = () => reject(new Error("the pack's output closed early"));
    archive.once("end", resolve);
    archive.once("error", reject);
    out.once("error", reject);
    out.once("close", closed);
    stopWatching = () => {
      out.off("error", reject);
      out.off("close", closed);
    };
  });
  // A failure of the output stops the rendering at its next await instead of hanging.
  const outputFailed = piped.then(() => Promise.reject(new Error("the pack's output closed early")));
  outputFailed.catch(() => undefined);
  try {
    // The manifest lists the files in the list's order, whatever order the ZIP got them in.
    const files: ManifestFile[] = new Array(entries.length);
    let appended = 0;
    for await (const index of appendOrder(entries)) {
      const source = entries[index]!;
      const digest = await Promise.race([
        appendStreamedEntry(archive, source.name, date, (entry) => source.write(entry)),
        outputFailed,
      ]);
      files[index] = {
        name: source.name,
        size: digest.size,
        sha256: digest.sha256,
        report: source.report,
        format: source.format,
      };
      appended += 1;
      options.onEntry?.(appended, entries.length);
    }
    const manifest: PackManifest = { ...options.manifest, publicKeyFingerprint: keyFingerprint(key), files };
    const bytes = manifestBytes(manifest);
    archive.append(bytes, { name: MANIFEST_FILE, date });
    archive.append(sign(null, bytes, key), { name: SIGNATURE_FILE, date });
    archive.append(publicKeyPem(key), { name: PUBLIC_KEY_FILE, date });
    await archive.finalize();
    await piped;
    return manifest;
  } catch (error) {
    archive.unpipe(out);
    archive.destroy();
    throw error;
  } finally {
    stopWatching();
  }
}
