import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { envSchema } from "@/lib/env";
import { resolveSigningKey } from "./key-source";
import {
  generateSigningKeyPem,
  keyFingerprint,
  MISSING_KEY_MESSAGE,
  parseSigningKey,
  SIGNING_KEY_FILE,
  SigningKeyError,
} from "./signing-key";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-signing-key-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const configured = generateSigningKeyPem();

describe("resolveSigningKey", () => {
  it("refuses on PostgreSQL without VIGIE_SIGNING_KEY, saying how to configure one", () => {
    expect(() => resolveSigningKey({ driver: "postgres", dataDir: null })).toThrow(SigningKeyError);
    expect(() => resolveSigningKey({ driver: "postgres", dataDir: null })).toThrow(MISSING_KEY_MESSAGE);
    expect(MISSING_KEY_MESSAGE).toContain("VIGIE_SIGNING_KEY");
  });

  it("uses the configured key on either driver, also with literal \\n as environment files write them", () => {
    const expected = keyFingerprint(parseSigningKey(configured));
    expect(keyFingerprint(resolveSigningKey({ configuredPem: configured, driver: "postgres", dataDir: null }))).toBe(
      expected,
    );
    const oneLine = configured.trim().replaceAll("\n", "\\n");
    expect(keyFingerprint(resolveSigningKey({ configuredPem: oneLine, driver: "pglite", dataDir: dir }))).toBe(
      expected,
    );
  });

  it("refuses a key that is not an Ed25519 private key in PEM, naming the variable", () => {
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 })
      .privateKey.export({ type: "pkcs8", format: "pem" })
      .toString();
    expect(() => resolveSigningKey({ configuredPem: rsa, driver: "postgres", dataDir: null })).toThrow(
      "VIGIE_SIGNING_KEY must be an Ed25519 key, not rsa",
    );
    expect(() =>
      resolveSigningKey({
        configuredPem: "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----",
        driver: "postgres",
        dataDir: null,
      }),
    ).toThrow("VIGIE_SIGNING_KEY is not a PEM private key");
  });

  it("embedded: generates a key in the data directory once (owner-only) and keeps using it", () => {
    const dataDir = path.join(dir, "data");
    const first = keyFingerprint(resolveSigningKey({ driver: "pglite", dataDir }));
    const file = path.join(dataDir, SIGNING_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(keyFingerprint(resolveSigningKey({ driver: "pglite", dataDir }))).toBe(first);
    expect(first).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
  });

  it("an in-memory embedded database signs with one key for the life of the process", () => {
    const a = keyFingerprint(resolveSigningKey({ driver: "pglite", dataDir: null }));
    expect(keyFingerprint(resolveSigningKey({ driver: "pglite", dataDir: null }))).toBe(a);
  });
});

describe("VIGIE_SIGNING_KEY in the configuration", () => {
  it("is optional and must look like a PEM private key", () => {
    expect(envSchema.safeParse({}).success).toBe(true);
    expect(envSchema.safeParse({ VIGIE_SIGNING_KEY: configured }).success).toBe(true);
    const bad = envSchema.safeParse({ VIGIE_SIGNING_KEY: "secret" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["VIGIE_SIGNING_KEY"]);
  });
});
