import { createHash } from "node:crypto";

/** A JSON value as the database gives it back from a jsonb column. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * A string as PostgreSQL will store it: lone UTF-16 surrogates become U+FFFD
 * (what the drivers send for them) and NUL, which `text` and `jsonb` refuse,
 * is removed. Schemas refuse both at the boundary; this is the last line, so
 * that no input can make a stored audit entry differ from what was hashed.
 */
export function toStoredText(value: string): string {
  return value.toWellFormed().replaceAll("\u0000", "");
}

/**
 * A text column's value as it reads back: its stored form without leading
 * U+FEFF, which PGlite's decoder takes for a byte-order mark and drops.
 */
export function toStoredColumn(value: string): string {
  return toStoredText(value).replace(/^\uFEFF+/, "");
}

/**
 * Turn any value into the JSON the database will store and return: dates become
 * ISO-8601 strings, `undefined` properties disappear, `-0` becomes 0, non-finite
 * numbers become null, strings and keys take their stored form. Hashing this
 * normalised form — not the original object — is what makes a hash computed on
 * write equal the hash recomputed on read.
 */
export function toJson(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  switch (typeof value) {
    case "boolean":
      return value;
    case "string":
      return toStoredText(value);
    case "number":
      return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
    case "bigint":
      return value.toString();
    case "object": {
      if (Array.isArray(value)) return value.map((item) => toJson(item));
      const out: { [key: string]: Json } = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (item === undefined || typeof item === "function") continue;
        // defineProperty: a "__proto__" key is data like any other, as it is in jsonb.
        Object.defineProperty(out, toStoredText(key), {
          value: toJson(item),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    default:
      return null;
  }
}

/** Canonical JSON: keys sorted by code point, no whitespace (RFC 8785 in spirit). */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(",")}]`;
  const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] as Json)}`).join(",")}}`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** The hash of the chain's first link's predecessor. */
export const GENESIS_HASH = "0".repeat(64);

/** Everything an audit entry's hash covers. */
export interface AuditContent {
  seq: number;
  id: string;
  occurredAt: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Json;
  after: Json;
  meta: Json;
  prevHash: string;
}

export function hashAuditContent(content: AuditContent): string {
  return sha256Hex(canonicalJson(content as unknown as Json));
}
