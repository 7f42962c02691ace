import { describe, expect, it } from "vitest";
import { describePackVerdict } from "./describe";
import { MANIFEST_FILE, PUBLIC_KEY_FILE, SIGNATURE_FILE } from "./manifest";
import { buildPack, newKey, unzip, withFlippedByte, zip } from "./pack-fixtures";
import { readPackEntries } from "./read-zip";
import { publicKeyPem } from "./signing-key";
import { verifyPackEntries, type VerifyOptions } from "./verify";

const key = newKey();
const files = {
  "registre-des-traitements.json": JSON.stringify({ activities: ["Facturation", "Prospection"] }),
  "journal-audit.json": '{"entries":[]}\n',
  "consentement-chiffres-quotidiens.csv": "\uFEFFday,purpose\r\n2026-11-02,marketing\r\n",
};
const pack = await buildPack(files, key);
const verify = async (zipBytes: Buffer, options?: VerifyOptions) =>
  verifyPackEntries(await readPackEntries(zipBytes), options);

describe("verifyPackEntries", () => {
  it("accepts the pack as built, with the key it carries and with the expected key", async () => {
    const verdict = await verify(pack);
    expect(verdict).toMatchObject({ ok: true, keySource: "pack" });
    expect(verdict.ok && verdict.manifest.files.map((file) => file.name)).toEqual(Object.keys(files));
    expect(await verify(pack, { trustedPublicKeyPem: publicKeyPem(key) })).toMatchObject({
      ok: true,
      keySource: "trusted",
    });
    expect(describePackVerdict(verdict)).toMatch(/^VALID: 3 files/);
  });

  it.each(Object.keys(files))("refuses a pack where one byte of %s changed, naming it", async (name) => {
    const verdict = await verify(await withFlippedByte(pack, name, 5));
    expect(verdict).toMatchObject({ ok: false, problem: { code: "hash_mismatch", file: name } });
    expect(describePackVerdict(verdict)).toContain(`INVALID: ${name} was changed`);
  });

  it.each([0, 10, 200])(
    "refuses a pack whose manifest has one byte changed (at %i), naming manifest.json",
    async (at) => {
      const verdict = await verify(await withFlippedByte(pack, MANIFEST_FILE, at));
      expect(verdict).toMatchObject({ ok: false, problem: { code: "bad_signature", file: MANIFEST_FILE } });
    },
  );

  it.each([0, 30, 60, 90])(
    "refuses a pack whose public key file has one byte changed (at %i), naming it",
    async (at) => {
      const verdict = await verify(await withFlippedByte(pack, PUBLIC_KEY_FILE, at));
      expect(verdict).toMatchObject({ ok: false, problem: { file: PUBLIC_KEY_FILE } });
    },
  );

  it("refuses a changed signature", async () => {
    expect(await verify(await withFlippedByte(pack, SIGNATURE_FILE, 3))).toMatchObject({
      ok: false,
      problem: { code: "bad_signature" },
    });
  });

  it("refuses a pack re-signed with another key when the expected key is given, and names the key file", async () => {
    const forged = await buildPack(files, newKey());
    expect(await verify(forged)).toMatchObject({ ok: true });
    expect(await verify(forged, { trustedPublicKeyPem: publicKeyPem(key) })).toMatchObject({
      ok: false,
      problem: { code: "key_mismatch", file: PUBLIC_KEY_FILE },
    });
  });

  it("refuses an added file, naming it", async () => {
    const entries = await unzip(pack);
    const verdict = await verify(await zip([...entries, ["extra.txt", "added later"]]));
    expect(verdict).toMatchObject({ ok: false, problem: { code: "added", file: "extra.txt" } });
    expect(describePackVerdict(verdict)).toContain("extra.txt is in the pack but not in the manifest");
  });

  it("refuses a second entry under a name the manifest lists", async () => {
    const entries = await unzip(pack);
    const verdict = await verify(await zip([...entries, ["journal-audit.json", "{}"]]));
    expect(verdict).toMatchObject({ ok: false, problem: { code: "duplicate", file: "journal-audit.json" } });
  });

  it.each([...Object.keys(files), MANIFEST_FILE, SIGNATURE_FILE, PUBLIC_KEY_FILE])(
    "refuses a pack missing %s, naming it",
    async (name) => {
      const entries = await unzip(pack);
      const verdict = await verify(await zip(entries.filter(([entryName]) => entryName !== name)));
      expect(verdict).toMatchObject({ ok: false, problem: { code: "missing", file: name } });
    },
  );

  it("verifies a pack holding an empty document", async () => {
    const verdict = await verify(await buildPack({ "empty.csv": "", ...files }, key));
    expect(verdict.ok && verdict.manifest.files[0]).toMatchObject({
      name: "empty.csv",
      size: 0,
      sha256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    });
  });

  it("bounds the work an upload may cost: total expanded size and number of entries", async () => {
    const big = await buildPack({ "big.csv": "x".repeat(100_000) }, key);
    await expect(readPackEntries(big, { maxTotalBytes: 50_000 })).rejects.toThrow("expands to more than 50000 bytes");
    await expect(readPackEntries(big, { maxEntries: 3 })).rejects.toThrow("more than 3 entries");
    expect(await readPackEntries(big, { maxTotalBytes: 200_000, maxEntries: 4 })).toHaveLength(4);
  });

  it("refuses a file that is not a ZIP", async () => {
    await expect(readPackEntries(Buffer.from("not a zip at all"))).rejects.toThrow();
  });

  it("names the file when a byte of the ZIP itself is flipped inside an entry's data", async () => {
    const entries = await unzip(pack);
    const rebuilt = await zip(entries);
    const target = "registre-des-traitements.json";
    // Local header: 30 bytes + name; the entry's compressed data follows.
    const offset = rebuilt.indexOf(Buffer.from(target, "utf8")) + target.length + 4;
    const damaged = Buffer.from(rebuilt);
    damaged[offset] = damaged[offset]! ^ 0xff;
    const verdict = await verify(damaged);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.problem).toMatchObject({
      file: target,
      code: expect.stringMatching(/^(hash_mismatch|size_mismatch|unreadable)$/),
    });
  });
});
