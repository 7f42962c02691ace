import { describe, expect, it } from "vitest";
import { assessCoverage, type CoverageInput, type CoverageRule } from "./coverage";

/** Noon in Paris on 5 December 2026. */
const at = (day: string) => new Date(`${day}T11:00:00Z`);
const NOW = at("2026-12-05");
const internetTraffic: CoverageInput = {
  exposure: "internet",
  holdsPersonalData: true,
  holdsTraffic: true,
  holdsLocation: false,
  sources: ["network_ids", "siem_logs", "waf", "host_edr"],
  ruleSetCount: 2,
  tests: [{ testedOn: "2026-03-01", result: "detected" }],
};

describe("assessCoverage", () => {
  it("covers an internet-facing system holding traffic data with every source, a rule set and a fresh test", () => {
    expect(assessCoverage(internetTraffic, NOW)).toEqual({
      level: "covered",
      rules: [
        "personal_data_baseline",
        "internet_facing",
        "traffic_or_location",
        "internet_facing_traffic_or_location",
      ],
      reasons: [],
    });
  });

  it("is partial when the last test is older than 12 months, with the reason (the strictest age wins)", () => {
    const stale = { ...internetTraffic, tests: [{ testedOn: "2025-12-04", result: "detected" as const }] };
    expect(assessCoverage(stale, NOW)).toMatchObject({
      level: "partial",
      reasons: [{ code: "no_recent_test", maxAgeMonths: 12, lastTestedOn: "2025-12-04" }],
    });
    const fresh = { ...internetTraffic, tests: [{ testedOn: "2025-12-06", result: "detected" as const }] };
    expect(assessCoverage(fresh, NOW).level).toBe("covered");
  });

  it("does not count a test that missed the attack, nor one dated in the future", () => {
    const missed = { ...internetTraffic, tests: [{ testedOn: "2026-11-01", result: "not_detected" as const }] };
    expect(assessCoverage(missed, NOW).reasons).toEqual([
      { code: "no_recent_test", maxAgeMonths: 12, lastTestedOn: null },
    ]);
    const future = { ...internetTraffic, tests: [{ testedOn: "2027-01-01", result: "detected" as const }] };
    expect(assessCoverage(future, NOW).level).toBe("partial");
  });

  it("names each missing source", () => {
    const noIds = { ...internetTraffic, sources: ["siem_logs", "host_edr"] as const };
    expect(assessCoverage({ ...noIds, sources: [...noIds.sources] }, NOW).reasons).toEqual([
      { code: "no_source", source: "network_ids" },
      { code: "no_source", source: "waf" },
    ]);
  });

  it("is missing when nothing required is in place", () => {
    const bare = { ...internetTraffic, sources: [], ruleSetCount: 0, tests: [] };
    const coverage = assessCoverage(bare, NOW);
    expect(coverage.level).toBe("missing");
    expect(coverage.reasons).toHaveLength(6);
  });

  it("asks an internal system with identity data only for SIEM logs and a rule set", () => {
    const internal: CoverageInput = {
      exposure: "internal",
      holdsPersonalData: true,
      holdsTraffic: false,
      holdsLocation: false,
      sources: ["siem_logs"],
      ruleSetCount: 0,
      tests: [],
    };
    expect(assessCoverage(internal, NOW)).toEqual({
      level: "partial",
      rules: ["personal_data_baseline"],
      reasons: [{ code: "no_rule_set" }],
    });
  });

  it("applies rules given as data", () => {
    const rules: CoverageRule[] = [{ id: "waf_everywhere", when: {}, requires: [{ kind: "source", source: "waf" }] }];
    expect(assessCoverage({ ...internetTraffic, sources: [] }, NOW, rules)).toEqual({
      level: "missing",
      rules: ["waf_everywhere"],
      reasons: [{ code: "no_source", source: "waf" }],
    });
    expect(assessCoverage(internetTraffic, NOW, []).level).toBe("covered");
  });
});
