import { describe, expect, it } from "vitest";
import { z } from "zod";
import { INVALID_TEXT, isStorableJson, isStorableText, text, zodFieldErrors } from "./validation";

describe("the shared text primitive", () => {
  it("accepts well-formed Unicode of every plane, and refuses NUL and lone surrogates", () => {
    for (const ok of ["", "abc", "é — « Télécom »", "📡😀", "\u{10ffff}", "\ufffd", "\ud83d\ude00"])
      expect(isStorableText(ok)).toBe(true);
    for (const bad of ["\u0000", "a\u0000b", "\ud800", "x\udfff", "\ude00\ud83d", "😀\ud83d"])
      expect(isStorableText(bad)).toBe(false);
  });

  it("refuses with a field error naming the field, and chains like a string", () => {
    const schema = z.object({ name: text().trim().min(1).max(5) });
    const result = schema.safeParse({ name: " a\ud800 " });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodFieldErrors(result.error)).toEqual({ name: [INVALID_TEXT] });
    expect(schema.parse({ name: "  ok " })).toEqual({ name: "ok" });
  });

  it("checks every string and key inside JSON", () => {
    expect(isStorableJson({ a: ["b", { c: 1 }], d: null })).toBe(true);
    expect(isStorableJson({ a: ["b", { c: "\u0000" }] })).toBe(false);
    expect(isStorableJson({ "k\ud800": 1 })).toBe(false);
  });
});
