import { describe, expect, it } from "vitest";
import { isQualificationValid, passiIssues, type ProviderQualification } from "./passi";

const passi: ProviderQualification = {
  kind: "passi",
  passiScopes: ["intrusion", "configuration"],
  validFrom: "2024-01-01",
  validUntil: "2026-12-31",
};

const at = (day: string) => new Date(`${day}T11:00:00Z`);

describe("passiIssues", () => {
  it("accepts an audit inside the scope and validity", () => {
    expect(passiIssues(passi, { kind: "intrusion", startedOn: "2025-06-01", endedOn: "2025-06-20" })).toEqual([]);
  });
  it("flags an audit outside the qualified scope", () => {
    expect(passiIssues(passi, { kind: "code", startedOn: "2025-06-01", endedOn: null })).toEqual([
      { code: "outside_scope", kind: "code" },
    ]);
  });
  it("flags an audit before the qualification or ending after it", () => {
    expect(passiIssues(passi, { kind: "intrusion", startedOn: "2023-12-31", endedOn: "2024-01-10" })).toEqual([
      { code: "not_yet_valid", validFrom: "2024-01-01" },
    ]);
    expect(passiIssues(passi, { kind: "intrusion", startedOn: "2026-12-20", endedOn: "2027-01-05" })).toEqual([
      { code: "expired", validUntil: "2026-12-31" },
    ]);
    expect(passiIssues(passi, { kind: "intrusion", startedOn: "2026-12-31", endedOn: "2026-12-31" })).toEqual([]);
  });
  it("flags unknown validity and checks nothing for other kinds of provider", () => {
    expect(
      passiIssues({ ...passi, validUntil: null }, { kind: "intrusion", startedOn: "2025-01-01", endedOn: null }),
    ).toEqual([{ code: "validity_unknown" }]);
    const internal: ProviderQualification = { kind: "internal", passiScopes: [], validFrom: null, validUntil: null };
    expect(passiIssues(internal, { kind: "code", startedOn: "2020-01-01", endedOn: null })).toEqual([]);
  });
});

describe("isQualificationValid", () => {
  it("is valid only on the days of the validity", () => {
    expect(isQualificationValid(passi, at("2026-12-31"))).toBe(true);
    expect(isQualificationValid(passi, at("2027-01-01"))).toBe(false);
    expect(isQualificationValid({ ...passi, kind: "external" }, at("2025-01-01"))).toBe(false);
  });
});
