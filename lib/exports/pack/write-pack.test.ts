import { PassThrough, type Writable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { fixtureManifest, newKey, unzip } from "./pack-fixtures";
import { readPackEntries } from "./read-zip";
import { verifyPackEntries } from "./verify";
import { writeSignedPack, type PackEntrySource } from "./write-pack";

/** An entry rendered elsewhere: ready when `done()` is called (or failed with `fail()`). */
function rendering(name: string, content: string) {
  let done!: () => void;
  let fail!: (error: Error) => void;
  const ready = new Promise<void>((resolve, reject) => ((done = resolve), (fail = reject)));
  ready.catch(() => {});
  const entry: PackEntrySource = {
    name,
    report: "audit-log",
    format: name.split(".").pop()!,
    ready,
    write: async (out: Writable) => void out.write(content),
  };
  return { entry, done, fail };
}

async function pack(entries: PackEntrySource[]) {
  const out = new PassThrough();
  const bytes = buffer(out);
  const manifest = await writeSignedPack({ out, key: newKey(), manifest: fixtureManifest, entries });
  out.end();
  return { manifest, bytes: await bytes };
}

describe("writeSignedPack with documents rendered elsewhere", () => {
  it("takes the documents as they are done, and lists them in the manifest in the pack's order", async () => {
    const [first, second, third] = [rendering("a.json", "A"), rendering("b.json", "B"), rendering("c.json", "C")];
    const written = pack([first.entry, second.entry, third.entry]);
    third.done();
    await new Promise((resolve) => setTimeout(resolve, 10));
    second.done();
    await new Promise((resolve) => setTimeout(resolve, 10));
    first.done();
    const { manifest, bytes } = await written;
    expect((await unzip(bytes)).map(([name]) => name)).toEqual([
      "c.json",
      "b.json",
      "a.json",
      "manifest.json",
      "manifest.sig",
      "vigie-public.pem",
    ]);
    expect(manifest.files.map((file) => file.name)).toEqual(["a.json", "b.json", "c.json"]);
    expect(verifyPackEntries(await readPackEntries(bytes)).ok).toBe(true);
  });

  it("fails as soon as one document fails, even while an earlier one is still rendering", async () => {
    const [first, second] = [rendering("a.json", "A"), rendering("b.json", "B")];
    const written = pack([first.entry, second.entry]);
    second.fail(new Error("b failed"));
    await expect(written).rejects.toThrow("b failed");
  });
});
