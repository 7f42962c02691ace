import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { PassThrough, type Writable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { ZipArchive } from "archiver";
import yauzl from "yauzl";
import { PACK_FORMAT, type PackManifest } from "./manifest";
import { writeSignedPack } from "./write-pack";

/** Test helpers: build a signed pack in memory, take any ZIP apart and put it back together. */
export function newKey(): KeyObject {
  return generateKeyPairSync("ed25519").privateKey;
}

export const fixtureManifest: Omit<PackManifest, "files" | "publicKeyFingerprint"> = {
  format: PACK_FORMAT,
  organisation: "Vigie Télécom SA",
  period: { from: "2026-11-01", to: "2026-11-30", timeZone: "Europe/Paris" },
  generatedAt: "2026-12-04T10:00:00.000Z",
  generatedBy: "Anne Auditrice <auditor@demo.vigie.fr> (auditor)",
  vigieVersion: "0.1.0",
  auditLogHead: { seq: 42, hash: "a".repeat(64) },
};

export async function buildPack(files: Record<string, string | Buffer>, key: KeyObject = newKey()): Promise<Buffer> {
  const out = new PassThrough();
  const bytes = buffer(out);
  await writeSignedPack({
    out,
    key,
    manifest: fixtureManifest,
    entries: Object.entries(files).map(([name, content]) => ({
      name,
      report: "audit-log",
      format: name.split(".").pop()!,
      write: async (entry: Writable) => void entry.write(content),
    })),
  });
  out.end();
  return bytes;
}

export async function unzip(zip: Buffer): Promise<[string, Buffer][]> {
  const file = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  const entries: [string, Buffer][] = [];
  for await (const entry of file.eachEntry())
    entries.push([entry.fileName, await buffer(await file.openReadStreamPromise(entry))]);
  return entries;
}

export async function zip(entries: readonly (readonly [string, Buffer | string])[]): Promise<Buffer> {
  const archive = new ZipArchive();
  const bytes = buffer(archive);
  for (const [name, content] of entries) archive.append(content, { name });
  await archive.finalize();
  return bytes;
}

/** The same pack with one byte of one entry changed. */
export async function withFlippedByte(pack: Buffer, name: string, at = 0): Promise<Buffer> {
  const entries = await unzip(pack);
  return zip(
    entries.map(([entryName, content]) => {
      if (entryName !== name) return [entryName, content] as const;
      const changed = Buffer.from(content);
      changed[at] = changed[at]! ^ 0x01;
      return [entryName, changed] as const;
    }),
  );
}
