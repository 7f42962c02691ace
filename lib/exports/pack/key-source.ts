import type { KeyObject } from "node:crypto";
import { getDatabaseHandle } from "@/db/client";
import { readEnv } from "@/lib/env";
import {
  generateSigningKeyPem,
  keyFingerprint,
  MISSING_KEY_MESSAGE,
  parseSigningKey,
  publicKeyPem,
  readSigningKeyFile,
  SigningKeyError,
} from "./signing-key";

export interface KeySourceInput {
  /** VIGIE_SIGNING_KEY, when configured: it always wins. */
  configuredPem?: string;
  driver: "pglite" | "postgres";
  /** The embedded data directory; null for an in-memory database (tests). */
  dataDir: string | null;
}

let inMemoryKey: KeyObject | undefined;

/**
 * Which key signs packs: the configured one; else, embedded, the one kept in the data
 * directory (an in-memory database gets a key as short-lived as its data); else, on
 * PostgreSQL, none — packs are refused with a message saying how to configure one.
 */
export function resolveSigningKey(input: KeySourceInput): KeyObject {
  if (input.configuredPem) return parseSigningKey(input.configuredPem);
  if (input.driver === "postgres") throw new SigningKeyError(MISSING_KEY_MESSAGE);
  if (input.dataDir) return readSigningKeyFile(input.dataDir);
  inMemoryKey ??= parseSigningKey(generateSigningKeyPem());
  return inMemoryKey;
}

/** The key of this server (configuration + the process-wide database). */
export async function packSigningKey(): Promise<KeyObject> {
  const handle = getDatabaseHandle();
  return resolveSigningKey({
    configuredPem: readEnv().VIGIE_SIGNING_KEY,
    driver: handle.driver,
    dataDir: handle.driver === "pglite" && handle.location !== "memory" ? handle.location : null,
  });
}

export type SigningKeyStatus =
  { available: true; fingerprint: string; publicKeyPem: string } | { available: false; reason: string };

/** What the exports page shows: the public key's fingerprint and PEM, or why packs cannot be signed. */
export async function signingKeyStatus(): Promise<SigningKeyStatus> {
  try {
    const key = await packSigningKey();
    return { available: true, fingerprint: keyFingerprint(key), publicKeyPem: publicKeyPem(key) };
  } catch (error) {
    if (error instanceof SigningKeyError) return { available: false, reason: error.message };
    throw error;
  }
}
