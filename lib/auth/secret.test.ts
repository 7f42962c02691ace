import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureAuthSecret } from "./secret";

describe("ensureAuthSecret", () => {
  const saved = process.env.AUTH_SECRET;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-secret-"));
  afterEach(() => {
    if (saved === undefined) delete process.env.AUTH_SECRET;
    else process.env.AUTH_SECRET = saved;
  });

  it("generates a secret once, keeps it beside the data readable by the owner only, and reuses it", () => {
    delete process.env.AUTH_SECRET;
    ensureAuthSecret(dir);
    const first = process.env.AUTH_SECRET;
    expect(first).toMatch(/^[A-Za-z0-9+/]{44}$/);
    expect(fs.statSync(path.join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
    delete process.env.AUTH_SECRET;
    ensureAuthSecret(dir);
    expect(process.env.AUTH_SECRET).toBe(first);
  });

  it("leaves a configured AUTH_SECRET alone", () => {
    process.env.AUTH_SECRET = "configured-secret-of-at-least-32-characters";
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-secret-"));
    ensureAuthSecret(other);
    expect(process.env.AUTH_SECRET).toBe("configured-secret-of-at-least-32-characters");
    expect(fs.existsSync(path.join(other, "auth-secret"))).toBe(false);
  });
});
