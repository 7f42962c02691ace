import { describe, expect, it } from "vitest";
import { manifestBytes, packManifestSchema, type PackManifest } from "./manifest";
import { fixtureManifest } from "./pack-fixtures";

const manifest: PackManifest = {
  ...fixtureManifest,
  publicKeyFingerprint: "abcd ef01",
  files: [{ name: "journal-audit.json", size: 12, sha256: "b".repeat(64), report: "audit-log", format: "json" }],
};

describe("manifestBytes", () => {
  it("is canonical JSON: keys sorted by code point at every level, no whitespace, UTF-8", () => {
    const text = manifestBytes(manifest).toString("utf8");
    expect(text).toBe(
      `{"auditLogHead":{"hash":"${"a".repeat(64)}","seq":42},"files":[{"format":"json","name":"journal-audit.json","report":"audit-log","sha256":"${"b".repeat(64)}","size":12}],` +
        `"format":"vigie-audit-pack/1","generatedAt":"2026-12-04T10:00:00.000Z","generatedBy":"Anne Auditrice <auditor@demo.vigie.fr> (auditor)",` +
        `"organisation":"Vigie Télécom SA","period":{"from":"2026-11-01","timeZone":"Europe/Paris","to":"2026-11-30"},"publicKeyFingerprint":"abcd ef01","vigieVersion":"0.1.0"}`,
    );
    // "é" is two UTF-8 bytes, not a \u escape.
    expect(manifestBytes(manifest).includes(Buffer.from("Télécom", "utf8"))).toBe(true);
  });

  it("gives the same bytes whatever order the keys were built in", () => {
    const reordered = Object.fromEntries(Object.entries(manifest).reverse()) as PackManifest;
    expect(manifestBytes(reordered).equals(manifestBytes(manifest))).toBe(true);
  });

  it("round-trips through the schema the verifier parses with", () => {
    const parsed = packManifestSchema.parse(JSON.parse(manifestBytes(manifest).toString("utf8")));
    expect(manifestBytes(parsed).equals(manifestBytes(manifest))).toBe(true);
  });

  it("changes when any listed file's hash changes", () => {
    const other = { ...manifest, files: [{ ...manifest.files[0]!, sha256: "c".repeat(64) }] };
    expect(manifestBytes(other).equals(manifestBytes(manifest))).toBe(false);
  });
});
