import { describe, expect, it } from "vitest";
import { demoPurposes } from "./consent-purposes";
import { demoConsentEventCount } from "./consent";

describe("demo consent data", () => {
  it("has eight purposes whose shares add up to 100 %, each with a register reference", () => {
    expect(demoPurposes).toHaveLength(8);
    expect(demoPurposes.reduce((n, p) => n + p.weight, 0)).toBe(100);
    expect(demoPurposes.every((p) => p.registerEntries.length > 0 && p.texts.length === 2)).toBe(true);
  });

  it("seeds fewer events on the embedded database unless told otherwise", () => {
    expect(demoConsentEventCount("postgres", {})).toBe(1_000_000);
    expect(demoConsentEventCount("pglite", {})).toBe(500_000);
    expect(demoConsentEventCount("pglite", { VIGIE_DEMO_CONSENT_EVENTS: "2000" })).toBe(2000);
    expect(demoConsentEventCount("pglite", { VIGIE_DEMO_CONSENT_EVENTS: "lots" })).toBe(500_000);
  });
});
