import { createHash, randomBytes } from "node:crypto";

/** Keys look like `vgk_<43 base64url chars>`: 256 random bits, so a fast SHA-256 is a safe stored form. */
export const KEY_PREFIX = "vgk_";

export function generateApiKey(): { key: string; prefix: string; secretHash: string } {
  const key = KEY_PREFIX + randomBytes(32).toString("base64url");
  return { key, prefix: key.slice(0, 12), secretHash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** The key from an `Authorization: Bearer <key>` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}
