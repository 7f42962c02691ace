import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  createNonce,
  EMPTY_STYLE_HASH,
  RADIX_SELECT_STYLE_HASH,
  SONNER_STYLE_HASH,
} from "./csp";

describe("content security policy", () => {
  it("allows scripts only with the nonce and never eval in production", () => {
    const policy = contentSecurityPolicy("abc123", false);
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows <style> elements only with the nonce or a known hash, inline styles only as attributes", () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy("abc123", false)
        .split("; ")
        .map((d) => [d.split(" ")[0], d.split(" ").slice(1)]),
    );
    for (const name of ["style-src", "style-src-elem"]) {
      expect(directives[name]).toEqual([
        "'self'",
        "'nonce-abc123'",
        `'${SONNER_STYLE_HASH}'`,
        `'${RADIX_SELECT_STYLE_HASH}'`,
        `'${EMPTY_STYLE_HASH}'`,
      ]);
      expect(directives[name]).not.toContain("'unsafe-inline'");
    }
    expect(directives["style-src-attr"]).toEqual(["'unsafe-inline'"]);
  });

  it("carries the hash of the stylesheet the installed sonner injects", () => {
    const require = createRequire(import.meta.url);
    const source = fs.readFileSync(require.resolve("sonner").replace(/index\.js$/, "index.mjs"), "utf8");
    const literal = /__insertCSS\((".*?")\);\n/s.exec(source)?.[1];
    expect(literal).toBeDefined();
    const css = JSON.parse(literal!) as string;
    expect(`sha256-${createHash("sha256").update(css, "utf8").digest("base64")}`).toBe(SONNER_STYLE_HASH);
  });

  it("carries the hashes of Radix's select viewport stylesheet and of an empty one", () => {
    const require = createRequire(import.meta.url);
    const source = fs.readFileSync(
      require.resolve("@radix-ui/react-select").replace(/index\.js$/, "index.mjs"),
      "utf8",
    );
    const css = /__html: `(\[data-radix-select-viewport\][^`]*)`/.exec(source)?.[1];
    expect(css).toBeDefined();
    const hash = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
    expect(hash(css!)).toBe(RADIX_SELECT_STYLE_HASH);
    expect(hash("")).toBe(EMPTY_STYLE_HASH);
  });

  it("makes a fresh nonce each time", () => {
    expect(createNonce()).not.toBe(createNonce());
  });
});
