import { describe, expect, it } from "vitest";
import { assessNis2Impact, isNis2Significant, type Nis2ImpactInput } from "./nis2-impact";

const known = (overrides: Partial<Nis2ImpactInput> = {}): Nis2ImpactInput => ({
  usersAffected: 1_000,
  totalUsers: 1_000_000,
  durationMinutes: 20,
  completeOutage: false,
  geographicSpread: "local",
  memberStates: [],
  financialLossEur: 10_000,
  annualTurnoverEur: 2_000_000_000,
  maliciousAccess: false,
  harmToPersons: false,
  ...overrides,
});

describe("NIS2 severity: impact on the service (Art. 23(3), Implementing Regulation 2024/2690)", () => {
  it("a short local degradation with every fact known is not significant", () => {
    const result = assessNis2Impact(known());
    expect(result).toMatchObject({ level: "not_significant", criteria: [], missing: [], shareAffected: 0.001 });
    expect(isNis2Significant(result)).toBe(false);
  });

  it("financial loss above the lower of EUR 500 000 and 5 % of turnover (strictly above)", () => {
    expect(assessNis2Impact(known({ financialLossEur: 500_000 })).criteria).toEqual([]);
    expect(assessNis2Impact(known({ financialLossEur: 500_001 })).criteria).toEqual(["financial_loss"]);
    // A small entity: 5 % of EUR 4 million is EUR 200 000, the lower threshold.
    const small = assessNis2Impact(known({ financialLossEur: 250_000, annualTurnoverEur: 4_000_000 }));
    expect(small).toMatchObject({ criteria: ["financial_loss"], financialThresholdEur: 200_000 });
  });

  it("availability: complete outage over 30 minutes; degraded over an hour for over 5 % or over 1 million users", () => {
    expect(assessNis2Impact(known({ completeOutage: true, durationMinutes: 30 })).criteria).toEqual([]);
    expect(assessNis2Impact(known({ completeOutage: true, durationMinutes: 31 })).criteria).toEqual([
      "service_unavailable",
    ]);
    expect(assessNis2Impact(known({ usersAffected: 50_001, durationMinutes: 61 })).criteria).toEqual([
      "service_degraded",
    ]);
    expect(assessNis2Impact(known({ usersAffected: 50_000, durationMinutes: 240 })).criteria).toEqual([]);
    expect(assessNis2Impact(known({ usersAffected: 50_001, durationMinutes: 60 })).criteria).toEqual([]);
    // Over 1 million users is enough even below 5 % (a 30-million-user base).
    expect(
      assessNis2Impact(known({ usersAffected: 1_000_001, totalUsers: 30_000_000, durationMinutes: 90 })).criteria,
    ).toEqual(["service_degraded"]);
  });

  it("malicious access able to disrupt, or harm to persons, is significant whatever the figures", () => {
    expect(assessNis2Impact(known({ maliciousAccess: true })).criteria).toEqual(["malicious_access"]);
    expect(assessNis2Impact(known({ harmToPersons: true })).criteria).toEqual(["harm_to_persons"]);
  });

  it("unknown facts that could meet a threshold leave it undetermined — significant until known", () => {
    const result = assessNis2Impact(known({ usersAffected: null, durationMinutes: null, financialLossEur: null }));
    expect(result).toMatchObject({
      level: "undetermined",
      criteria: [],
      missing: ["financialLossEur", "durationMinutes", "usersAffected"],
      shareAffected: null,
    });
    expect(isNis2Significant(result)).toBe(true);
    // Once a criterion is met, what is missing no longer matters.
    expect(assessNis2Impact(known({ financialLossEur: null, maliciousAccess: true }))).toMatchObject({
      level: "significant",
      missing: [],
    });
  });

  it("geographic spread: other Member States affected make a cross-border impact to report", () => {
    expect(assessNis2Impact(known()).isCrossBorder).toBe(false);
    expect(assessNis2Impact(known({ geographicSpread: "cross_border", memberStates: ["BE"] })).isCrossBorder).toBe(
      true,
    );
  });
});
