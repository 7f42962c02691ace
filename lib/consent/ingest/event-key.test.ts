import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { consentEventKey } from "./event-key";

describe("consentEventKey", () => {
  it("is the first 64 bits of SHA-256(sender, NUL, eventId) as a signed decimal, for positive and negative keys", () => {
    const signs = new Set<boolean>();
    for (const [sender, eventId] of [
      ["api-1", "evt-1"],
      ["api-1", "evt-2"],
      ["cmp", "é-ü-👍"],
      ["x", ""],
      ...Array.from({ length: 50 }, (_, i) => ["bench", `bench-${i}`]),
    ]) {
      const expected = createHash("sha256").update(`${sender}\u0000${eventId}`).digest().readBigInt64BE(0).toString();
      expect(consentEventKey(sender!, eventId!)).toBe(expected);
      signs.add(expected.startsWith("-"));
    }
    expect(signs).toEqual(new Set([true, false]));
  });
  it("differs between senders for the same eventId", () => {
    expect(consentEventKey("a", "1")).not.toBe(consentEventKey("b", "1"));
  });
});
