import { describe, expect, it } from "vitest";
import { GenerationCache } from "./generation-cache";

describe("GenerationCache", () => {
  it("makes a value once and returns the same value while it is kept", () => {
    const cache = new GenerationCache<string[]>(10);
    let made = 0;
    const make = () => (made++, ["x"]);
    const first = cache.get("a", make);
    expect(cache.get("a", make)).toBe(first);
    expect(made).toBe(1);
    expect(cache.misses).toBe(1);
  });

  it("never holds more than its limit, and keeps a value used again when its generation is dropped", () => {
    const cache = new GenerationCache<number>(4);
    cache.get("kept", () => 0);
    for (let i = 0; i < 100; i++) {
      cache.get(`k${i}`, () => i);
      cache.get("kept", () => -1);
      expect(cache.size).toBeLessThanOrEqual(4);
    }
    expect(cache.get("kept", () => -1)).toBe(0);
    expect(cache.get("k0", () => -2)).toBe(-2);
  });
});
