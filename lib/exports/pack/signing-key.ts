import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The Ed25519 key that signs audit packs. Pure helpers (parse, fingerprint) plus
 * the embedded mode's key file; which key applies is decided in `key-source.ts`.
 */
export class SigningKeyError extends Error {}

/** Why a server on PostgreSQL without a configured key builds no pack (shown to the user as is). */
export const MISSING_KEY_MESSAGE =
  "Audit packs are signed, and this server has no signing key: set VIGIE_SIGNING_KEY to an Ed25519 private key in PEM " +
  "(openssl genpkey -algorithm ed25519) and restart. On PostgreSQL Vigie does not generate one itself: every instance must sign with the same key.";

/** The file, in the embedded data directory, holding the key generated on first start. */
export const SIGNING_KEY_FILE = "signing-key.pem";

/** Parse a PEM private key (literal `\n` accepted, as environment files often carry them); it must be Ed25519. */
export function parseSigningKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem.includes("\\n") ? pem.replaceAll("\\n", "\n") : pem);
  } catch {
    throw new SigningKeyError("VIGIE_SIGNING_KEY is not a PEM private key (expected -----BEGIN PRIVATE KEY----- ...)");
  }
  if (key.asymmetricKeyType !== "ed25519") {
    throw new SigningKeyError(
      `VIGIE_SIGNING_KEY must be an Ed25519 key, not ${key.asymmetricKeyType ?? "a symmetric key"}`,
    );
  }
  return key;
}

/** A public key from PEM (a pack's `vigie-public.pem` or `--public-key`); null when it is not an Ed25519 public key. */
export function parsePublicKey(pem: string | Buffer): KeyObject | null {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === "ed25519" ? key : null;
  } catch {
    return null;
  }
}

export function publicKeyPem(key: KeyObject): string {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  return publicKey.export({ type: "spki", format: "pem" }).toString();
}

/** SHA-256 of the public key's DER SubjectPublicKeyInfo, hex in groups of four: easy to compare aloud. */
export function keyFingerprint(key: KeyObject): string {
  const publicKey = key.type === "private" ? createPublicKey(key) : key;
  const hex = createHash("sha256")
    .update(publicKey.export({ type: "spki", format: "der" }))
    .digest("hex");
  return hex.match(/.{4}/g)!.join(" ");
}

export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync("ed25519");
  return privateKey.export({ type: "pkcs8", format: "pem" }).toString();
}

/**
 * Embedded mode: the key generated on first start, kept beside the data (owner-only, 0600).
 * Created atomically (`wx`), so two processes racing at first start keep one key.
 */
export function ensureSigningKeyFile(dataDir: string): string {
  const file = path.join(dataDir, SIGNING_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, generateSigningKeyPem(), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return file;
}

export function readSigningKeyFile(dataDir: string): KeyObject {
  return parseSigningKey(fs.readFileSync(ensureSigningKeyFile(dataDir), "utf8"));
}
