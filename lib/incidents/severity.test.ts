import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AVAILABILITY_LOSS_LEVELS,
  CONFIDENTIALITY_LOSS_LEVELS,
  CONTEXT_ADJUSTMENTS,
  contextAdjustmentsFor,
  EASE_OF_IDENTIFICATION_LEVELS,
  INTEGRITY_LOSS_LEVELS,
  SEVERITY_DATA_TYPES,
  severityInputSchema,
  type SeverityInput,
} from "./schemas";
import { computeSeverity, severityBandFromQuarters, type SeveritySuggestionMap } from "./severity";

const input = (overrides: Partial<SeverityInput> = {}): SeverityInput => ({
  dataType: "simple",
  contextAdjustment: 0,
  contextReason: null,
  easeOfIdentification: "maximum",
  confidentiality: "none",
  integrity: "none",
  availability: "none",
  malicious: false,
  ...overrides,
});

describe("DPC: ENISA 2013 examples", () => {
  it("one week of a subscriber's call history: behavioural, DPC 2", () => {
    expect(computeSeverity(input({ dataType: "behavioural" })).dpc).toBe(2);
  });

  it("one year of call history: behavioural + 1 for volume, DPC 3", () => {
    const result = computeSeverity(
      input({ dataType: "behavioural", contextAdjustment: 1, contextReason: "one year per person" }),
    );
    expect(result.dpc).toBe(3);
    expect(result.factors[0]).toMatchObject({
      factor: "dpc",
      value: 3,
      dpc: { base: 2, adjustment: 1, isClamped: false, reason: "one year per person" },
    });
  });

  it("one year of location history: DPC 3", () => {
    const oneYear = { contextAdjustment: 1, contextReason: "one year of location" } as const;
    expect(computeSeverity(input({ dataType: "behavioural", ...oneYear })).dpc).toBe(3);
  });

  it("calls to a psychological-support line reveal health: sensitive, DPC 4", () => {
    expect(computeSeverity(input({ dataType: "sensitive" })).dpc).toBe(4);
  });

  it("financial data DPC 3; a stored adjustment beyond 1–4 is clamped and says so", () => {
    expect(computeSeverity(input({ dataType: "financial" })).dpc).toBe(3);
    const high = computeSeverity(input({ dataType: "sensitive", contextAdjustment: 1, contextReason: "children" }));
    expect(high.dpc).toBe(4);
    expect(high.factors[0]?.dpc?.isClamped).toBe(true);
    expect(computeSeverity(input({ contextAdjustment: -1, contextReason: "public" })).dpc).toBe(1);
  });

  // ENISA 2013, Annex A1: the DPC of any data type can vary from 1 to 4 with context (issue 14, point 9).
  it.each<[string, SeverityInput["dataType"], number, number]>([
    ["supermarket customer list", "simple", 0, 1],
    ["customer list of a luxury goods seller (financial status)", "simple", 1, 2],
    ["delivery addresses of an adult book store", "simple", 2, 3],
    ["list of undercover officers", "simple", 3, 4],
    ["incoming calls to an ISP helpdesk", "behavioural", -1, 1],
    ["one week of a subscriber's call history", "behavioural", 0, 2],
    ["one year of call history", "behavioural", 1, 3],
    ["calls to a psychological-support line", "behavioural", 2, 4],
    ["a bank's mere customer letter", "financial", -2, 1],
    ["one year of detailed bank statements", "financial", 1, 4],
    ['"performed general blood tests"', "sensitive", -3, 1],
    ["a test for a specific disease", "sensitive", -1, 3],
  ])("ENISA example: %s — DPC %s %i gives %i, allowed and exact", (_name, dataType, adjustment, dpc) => {
    const severity = {
      ...input({ dataType, contextAdjustment: adjustment as SeverityInput["contextAdjustment"] }),
      contextReason: adjustment === 0 ? null : "ENISA example",
    };
    expect(severityInputSchema.safeParse(severity).success).toBe(true);
    const result = computeSeverity(severity);
    expect(result.dpc).toBe(dpc);
    expect(result.factors[0]?.dpc?.isClamped).toBe(false);
    // EI 0.75, CB 0.5: DPC × 3 quarters + 2 quarters, exact.
    const exact = computeSeverity({
      ...severity,
      easeOfIdentification: "significant",
      confidentiality: "unknown_or_public",
    });
    expect(exact.scoreQuarters).toBe(dpc * 3 + 2);
  });

  it("an adjustment outside the data type's range (final DPC beyond 1–4) is refused on its field", () => {
    const refused = severityInputSchema.safeParse(
      input({ dataType: "sensitive", contextAdjustment: 1, contextReason: "x" }),
    );
    expect(refused.error?.issues.map((i) => i.path.join("."))).toEqual(["contextAdjustment"]);
    expect(contextAdjustmentsFor("behavioural")).toEqual([-1, 0, 1, 2]);
    expect(contextAdjustmentsFor("simple")).toEqual([0, 1, 2, 3]);
  });
});

describe("SE = DPC × EI + CB and its bands", () => {
  it("one year of location history, fully identifiable, leaked to unknown recipients by an attacker", () => {
    const result = computeSeverity(
      input({
        dataType: "behavioural",
        contextAdjustment: 1,
        contextReason: "one year of location per subscriber",
        easeOfIdentification: "maximum",
        confidentiality: "unknown_or_public",
        malicious: true,
      }),
    );
    expect(result).toMatchObject({ score: 4, scoreQuarters: 16, band: "very_high" });
    expect(result.suggestion).toBe("notify_authority_and_inform_people");
    expect(result.formula).toBe("3 × 1 + 1 = 4");
  });

  const worst = { confidentiality: "unknown_or_public", integrity: "not_recoverable" } as const;
  it.each([
    ["1.75 is low", input({ easeOfIdentification: "significant", ...worst }), 1.75, "low"],
    ["2.00 is medium (DPC 2 × EI 1)", input({ dataType: "behavioural" }), 2, "medium"],
    [
      "2.00 is medium (1 × 0.5 + 1.5)",
      input({ easeOfIdentification: "limited", ...worst, availability: "permanent" }),
      2,
      "medium",
    ],
    [
      "2.75 is medium",
      input({
        dataType: "financial",
        easeOfIdentification: "limited",
        confidentiality: "known_recipients",
        availability: "permanent",
        malicious: true,
      }),
      2.75,
      "medium",
    ],
    ["3.00 is high", input({ dataType: "financial" }), 3, "high"],
    [
      "3.75 is high",
      input({
        dataType: "financial",
        easeOfIdentification: "significant",
        ...worst,
        availability: "permanent",
      }),
      3.75,
      "high",
    ],
    ["4.00 is very high", input({ dataType: "sensitive" }), 4, "very_high"],
  ])("%s", (_name, severityInput, score, band) => {
    const result = computeSeverity(severityInput);
    expect(result.score).toBe(score);
    expect(result.scoreQuarters).toBe(score * 4);
    expect(result.band).toBe(band);
  });

  it("computes 0.75 × 3 + 0.25 + 0.25 + 0.25 exactly (no floating-point drift)", () => {
    const result = computeSeverity(
      input({
        dataType: "financial",
        easeOfIdentification: "significant",
        confidentiality: "known_recipients",
        integrity: "recoverable",
        availability: "temporary",
      }),
    );
    expect(result.score).toBe(3);
    expect(result.band).toBe("high");
  });

  it("bands on quarter boundaries: 7 low, 8 medium, 11 medium, 12 high, 15 high, 16 very high", () => {
    expect([7, 8, 11, 12, 15, 16, 24].map(severityBandFromQuarters)).toEqual([
      "low",
      "medium",
      "medium",
      "high",
      "high",
      "very_high",
      "very_high",
    ]);
    expect(() => severityBandFromQuarters(7.9)).toThrow(RangeError);
  });

  it("explains each factor with its value in quarters and a message key", () => {
    const result = computeSeverity(input({ integrity: "recoverable", malicious: true }));
    expect(result.factors.map((f) => [f.factor, f.input, f.value, f.quarters])).toEqual([
      ["dpc", "simple", 1, 4],
      ["ease_of_identification", "maximum", 1, 4],
      ["confidentiality", "none", 0, 0],
      ["integrity", "recoverable", 0.25, 1],
      ["availability", "none", 0, 0],
      ["malicious", "true", 0.5, 2],
    ]);
    expect(result.factors[3]?.messageKey).toBe("incidents.severity.factor.integrity");
  });

  it("uses a configured band → suggestion mapping", () => {
    const strict: SeveritySuggestionMap = {
      low: "notify_authority",
      medium: "notify_authority_and_inform_people",
      high: "notify_authority_and_inform_people",
      very_high: "notify_authority_and_inform_people",
    };
    const low = input({ easeOfIdentification: "negligible" });
    expect(computeSeverity(low).suggestion).toBe("document_only");
    expect(computeSeverity(low, { suggestions: strict }).suggestion).toBe("notify_authority");
    expect(computeSeverity(input({ dataType: "behavioural" })).suggestion).toBe("notify_authority");
  });

  it("refuses an unknown level instead of returning NaN", () => {
    const bad = { ...input(), dataType: "genetic" } as unknown as SeverityInput;
    expect(() => computeSeverity(bad)).toThrow(RangeError);
  });

  it("property: score equals DPC × EI + CB, exactly, and the band follows the score", () => {
    const arbitraryInput = fc.record({
      dataType: fc.constantFrom(...SEVERITY_DATA_TYPES),
      contextAdjustment: fc.constantFrom(...CONTEXT_ADJUSTMENTS),
      contextReason: fc.constant("context"),
      easeOfIdentification: fc.constantFrom(...EASE_OF_IDENTIFICATION_LEVELS),
      confidentiality: fc.constantFrom(...CONFIDENTIALITY_LOSS_LEVELS),
      integrity: fc.constantFrom(...INTEGRITY_LOSS_LEVELS),
      availability: fc.constantFrom(...AVAILABILITY_LOSS_LEVELS),
      malicious: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitraryInput, (severityInput) => {
        const r = computeSeverity(severityInput);
        const cb = r.factors.slice(2).reduce((sum, f) => sum + f.value, 0);
        expect(r.score).toBe(r.dpc * r.easeOfIdentification + cb);
        expect(r.score).toBe(r.dpc * r.easeOfIdentification + r.circumstances);
        expect(Number.isInteger(r.scoreQuarters)).toBe(true);
        expect(r.score * 4).toBe(r.scoreQuarters);
        expect(r.dpc).toBeGreaterThanOrEqual(1);
        expect(r.dpc).toBeLessThanOrEqual(4);
        const expected = r.score < 2 ? "low" : r.score < 3 ? "medium" : r.score < 4 ? "high" : "very_high";
        expect(r.band).toBe(expected);
      }),
    );
  });
});
