import { describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { buildPack, fixtureManifest, unzip } from "./pack-fixtures";
import { verifyPack } from "./verify-file";
import { isStoredEntry } from "./zip-entry";

describe("pack entries", () => {
  it("stores PDF and XLSX (compressed already) and deflates the others", async () => {
    expect(["a.pdf", "b.XLSX", "c.zip"].map(isStoredEntry)).toEqual([true, true, true]);
    expect(["a.json", "b.csv", "manifest.json"].map(isStoredEntry)).toEqual([false, false, false]);
    const text = "ligne;valeur\n".repeat(2_000);
    const pack = await buildPack({ "registre.pdf": text, "journal.json": text });
    const zip = await yauzl.fromBufferPromise(pack, { lazyEntries: true });
    const methods: Record<string, number> = {};
    const dates = new Set<number>();
    for await (const entry of zip.eachEntry()) {
      methods[entry.fileName] = entry.compressionMethod;
      dates.add(entry.getLastModDate().getTime());
    }
    // Every entry, manifest and signature included, is dated with the pack's generation time, not the clock's.
    expect([...dates]).toEqual([new Date(fixtureManifest.generatedAt).getTime()]);
    expect(methods).toMatchObject({ "registre.pdf": 0, "journal.json": 8 });
    // Stored or deflated, the bytes read back are the bytes written, and the pack verifies.
    expect(Object.fromEntries(await unzip(pack))["registre.pdf"]!.toString()).toBe(text);
    expect((await verifyPack(pack)).ok).toBe(true);
  });
});
