import { createPrivateKey, createPublicKey } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "../support";

/** The embedded e2e server generated its signing key at first start, in its data directory (scripts/e2e-server.mjs). */
const keyFile = path.resolve(process.env.E2E_DATA_DIR ?? ".data-e2e", "signing-key.pem");

test.describe("the audit packs' public key", () => {
  test.use({ storageState: storageStateOf("auditor") });

  test("was generated at first start (owner-only) and downloads as vigie-public.pem", async ({ request }) => {
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const expected = createPublicKey(createPrivateKey(fs.readFileSync(keyFile, "utf8")))
      .export({ type: "spki", format: "pem" })
      .toString();
    const response = await request.get("/api/exports/public-key");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="vigie-public.pem"');
    expect(await response.text()).toBe(expected);
  });
});

test.describe("anonymously", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("the public key route says sign in first", async ({ request }) => {
    expect((await request.get("/api/exports/public-key")).status()).toBe(401);
  });
});
