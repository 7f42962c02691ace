import { describe, expect, it } from "vitest";
import {
  canMoveFinding,
  compareFindings,
  findingDueOn,
  isRiskAcceptanceExpired,
  isUnresolved,
  overdueDays,
} from "./findings";
import { DEFAULT_SECURITY_SETTINGS } from "./settings";

/** Noon in Paris on 5 December 2026. */
const at = (day: string) => new Date(`${day}T11:00:00Z`);
const NOW = at("2026-12-05");

describe("findingDueOn", () => {
  it("gives a critical finding 30 days and a low one a year by default", () => {
    expect(findingDueOn("critical", "2026-11-20", DEFAULT_SECURITY_SETTINGS)).toBe("2026-12-20");
    expect(findingDueOn("low", "2026-01-01", DEFAULT_SECURITY_SETTINGS)).toBe("2027-01-01");
  });
  it("follows the configured periods", () => {
    const settings = { findingDueDays: { ...DEFAULT_SECURITY_SETTINGS.findingDueDays, critical: 7 } };
    expect(findingDueOn("critical", "2026-12-01", settings)).toBe("2026-12-08");
  });
});

describe("risk acceptance", () => {
  it("holds until its expiry day inclusive, then the finding is unresolved again", () => {
    const accepted = { status: "risk_accepted" as const, riskAcceptedUntil: "2026-12-05" };
    expect(isRiskAcceptanceExpired(accepted, NOW)).toBe(false);
    expect(isUnresolved(accepted, NOW)).toBe(false);
    expect(isRiskAcceptanceExpired(accepted, at("2026-12-06"))).toBe(true);
    expect(isUnresolved(accepted, at("2026-12-06"))).toBe(true);
  });
  it("treats an acceptance without expiry as expired", () => {
    expect(isRiskAcceptanceExpired({ status: "risk_accepted", riskAcceptedUntil: null }, NOW)).toBe(true);
  });
});

describe("overdueDays", () => {
  it("counts the days past due of an unresolved finding", () => {
    expect(overdueDays({ status: "open", dueOn: "2026-11-05", riskAcceptedUntil: null }, NOW)).toBe(30);
    expect(overdueDays({ status: "in_remediation", dueOn: "2026-12-05", riskAcceptedUntil: null }, NOW)).toBe(0);
  });
  it("is 0 once fixed, verified or accepted, and back after the acceptance expires", () => {
    expect(overdueDays({ status: "fixed", dueOn: "2026-01-01", riskAcceptedUntil: null }, NOW)).toBe(0);
    expect(overdueDays({ status: "verified", dueOn: "2026-01-01", riskAcceptedUntil: null }, NOW)).toBe(0);
    expect(overdueDays({ status: "risk_accepted", dueOn: "2026-11-01", riskAcceptedUntil: "2027-01-01" }, NOW)).toBe(0);
    expect(overdueDays({ status: "risk_accepted", dueOn: "2026-11-01", riskAcceptedUntil: "2026-12-01" }, NOW)).toBe(
      34,
    );
  });
});

describe("compareFindings", () => {
  it("puts overdue first (oldest first), then severity, then due date", () => {
    const base = { status: "open" as const, riskAcceptedUntil: null };
    const list = [
      { ...base, id: "low-late", severity: "low" as const, dueOn: "2026-11-30" },
      { ...base, id: "critical-soon", severity: "critical" as const, dueOn: "2026-12-20" },
      { ...base, id: "medium-later", severity: "medium" as const, dueOn: "2026-11-01" },
      { ...base, id: "high-soon", severity: "high" as const, dueOn: "2026-12-10" },
    ];
    expect(list.sort((a, b) => compareFindings(a, b, NOW)).map((f) => f.id)).toEqual([
      "medium-later",
      "low-late",
      "critical-soon",
      "high-soon",
    ]);
  });
});

describe("canMoveFinding", () => {
  it("closes a verified finding for good and verifies only unaccepted work", () => {
    expect(canMoveFinding("open", "verified")).toBe(true);
    expect(canMoveFinding("fixed", "verified")).toBe(true);
    expect(canMoveFinding("risk_accepted", "verified")).toBe(false);
    expect(canMoveFinding("verified", "open")).toBe(false);
  });
});
