import { verify as verifySignature } from "node:crypto";
import { canonicalJson, type Json } from "@/lib/audit/canonical";
import {
  MANIFEST_FILE,
  PACK_STRUCTURE_FILES,
  packManifestSchema,
  PUBLIC_KEY_FILE,
  SIGNATURE_FILE,
  type PackManifest,
} from "./manifest";
import { keyFingerprint, parsePublicKey } from "./signing-key";

/** One entry of the ZIP as read back: its size and SHA-256, and the bytes of the three small structure files. */
export interface PackEntry {
  name: string;
  size: number;
  sha256: string;
  bytes?: Buffer;
  /** Set when the entry's data could not be read back (corrupt compressed data, wrong length). */
  unreadable?: string;
}

export type PackProblem =
  | { code: "corrupt_zip"; file: null; detail: string }
  | { code: "bad_trusted_key"; file: null }
  | { code: "missing" | "duplicate" | "added" | "bad_public_key" | "bad_signature"; file: string }
  | { code: "unreadable" | "bad_manifest"; file: string; detail: string }
  | { code: "key_mismatch"; file: string; expected: string; found: string }
  | { code: "size_mismatch"; file: string; expected: number; found: number }
  | { code: "hash_mismatch"; file: string; expected: string; found: string };

export type PackVerdict =
  | { ok: true; manifest: PackManifest; fingerprint: string; keySource: "trusted" | "pack" }
  | { ok: false; problem: PackProblem };

export interface VerifyOptions {
  /** The public key the pack must be signed with; without it, the key the pack carries is used (and said so). */
  trustedPublicKeyPem?: string | Buffer;
}

const fail = (problem: PackProblem): PackVerdict => ({ ok: false, problem });

/**
 * Check a pack read back from its ZIP, stopping at the first difference: the three
 * structure files, the key, the signature over the exact manifest bytes, the manifest
 * itself, then every listed file's presence, size and SHA-256, and finally any file
 * the manifest does not list. Pure: no database, no network, no file system.
 */
export function verifyPackEntries(entries: readonly PackEntry[], options: VerifyOptions = {}): PackVerdict {
  const byName = new Map<string, PackEntry>();
  for (const entry of entries) {
    if (byName.has(entry.name)) return fail({ code: "duplicate", file: entry.name });
    byName.set(entry.name, entry);
  }
  for (const name of PACK_STRUCTURE_FILES) {
    const entry = byName.get(name);
    if (!entry) return fail({ code: "missing", file: name });
    if (entry.unreadable || !entry.bytes)
      return fail({ code: "unreadable", file: name, detail: entry.unreadable ?? "too large" });
  }
  const manifestBytes = byName.get(MANIFEST_FILE)!.bytes!;
  const packKey = parsePublicKey(byName.get(PUBLIC_KEY_FILE)!.bytes!);
  let key = packKey;
  if (options.trustedPublicKeyPem !== undefined) {
    key = parsePublicKey(options.trustedPublicKeyPem);
    if (!key) return fail({ code: "bad_trusted_key", file: null });
    if (!packKey || !packKey.equals(key)) {
      return fail({
        code: "key_mismatch",
        file: PUBLIC_KEY_FILE,
        expected: keyFingerprint(key),
        found: packKey ? keyFingerprint(packKey) : "-",
      });
    }
  }
  if (!key) return fail({ code: "bad_public_key", file: PUBLIC_KEY_FILE });
  const fingerprint = keyFingerprint(key);
  if (!verifySignature(null, manifestBytes, key, byName.get(SIGNATURE_FILE)!.bytes!)) {
    // Which file changed cannot be proven; when the manifest names another key than the pack's own, the key file is the likely culprit.
    const stated = statedFingerprint(manifestBytes);
    if (options.trustedPublicKeyPem === undefined && stated && stated !== fingerprint) {
      return fail({ code: "key_mismatch", file: PUBLIC_KEY_FILE, expected: stated, found: fingerprint });
    }
    return fail({ code: "bad_signature", file: MANIFEST_FILE });
  }

  const manifest = parseManifest(manifestBytes);
  if (typeof manifest === "string") return fail({ code: "bad_manifest", file: MANIFEST_FILE, detail: manifest });
  if (manifest.publicKeyFingerprint !== fingerprint) {
    return fail({
      code: "key_mismatch",
      file: MANIFEST_FILE,
      expected: manifest.publicKeyFingerprint,
      found: fingerprint,
    });
  }
  for (const file of manifest.files) {
    const entry = byName.get(file.name);
    if (!entry) return fail({ code: "missing", file: file.name });
    if (entry.unreadable) return fail({ code: "unreadable", file: file.name, detail: entry.unreadable });
    if (entry.size !== file.size)
      return fail({ code: "size_mismatch", file: file.name, expected: file.size, found: entry.size });
    if (entry.sha256 !== file.sha256)
      return fail({ code: "hash_mismatch", file: file.name, expected: file.sha256, found: entry.sha256 });
  }
  const listed = new Set<string>([...PACK_STRUCTURE_FILES, ...manifest.files.map((file) => file.name)]);
  const added = entries.find((entry) => !listed.has(entry.name));
  if (added) return fail({ code: "added", file: added.name });
  return { ok: true, manifest, fingerprint, keySource: options.trustedPublicKeyPem === undefined ? "pack" : "trusted" };
}

function statedFingerprint(bytes: Buffer): string | null {
  try {
    const value = (JSON.parse(bytes.toString("utf8")) as { publicKeyFingerprint?: unknown }).publicKeyFingerprint;
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

/** The manifest, or why it is not one: it must be canonical JSON of the documented shape, each file listed once. */
function parseManifest(bytes: Buffer): PackManifest | string {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return "not UTF-8 JSON";
  }
  if (canonicalJson(value as Json) !== bytes.toString("utf8")) return "not in canonical form";
  const parsed = packManifestSchema.safeParse(value);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  const names = parsed.data.files.map((file) => file.name);
  const clash = names.find(
    (name, index) => names.indexOf(name) !== index || (PACK_STRUCTURE_FILES as readonly string[]).includes(name),
  );
  if (clash) return `lists ${clash} twice`;
  return parsed.data;
}
