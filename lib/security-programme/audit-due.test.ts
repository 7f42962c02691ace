import { describe, expect, it } from "vitest";
import { auditDue, yearsSince } from "./audit-due";
import { DEFAULT_SECURITY_SETTINGS } from "./settings";

/** Noon in Paris on 5 December 2026. */
const at = (day: string) => new Date(`${day}T11:00:00Z`);
const NOW = at("2026-12-05");

describe("auditDue", () => {
  it("requires nothing of a system without sensitive data", () => {
    expect(
      auditDue({ criticality: "critical", holdsSensitive: false, auditedOn: [] }, NOW, DEFAULT_SECURITY_SETTINGS),
    ).toEqual({
      state: "not_required",
    });
  });
  it("flags a sensitive system never audited", () => {
    expect(
      auditDue({ criticality: "low", holdsSensitive: true, auditedOn: [] }, NOW, DEFAULT_SECURITY_SETTINGS).state,
    ).toBe("never_audited");
  });
  it("uses the interval of the criticality: 3 years for medium, 1 for critical", () => {
    const medium = auditDue(
      { criticality: "medium", holdsSensitive: true, auditedOn: ["2023-12-06", "2022-01-01"] },
      NOW,
      DEFAULT_SECURITY_SETTINGS,
    );
    expect(medium).toEqual({ state: "up_to_date", lastAuditedOn: "2023-12-06", dueOn: "2026-12-06" });
    const critical = auditDue(
      { criticality: "critical", holdsSensitive: true, auditedOn: ["2025-11-05"] },
      NOW,
      DEFAULT_SECURITY_SETTINGS,
    );
    expect(critical).toEqual({
      state: "overdue",
      lastAuditedOn: "2025-11-05",
      dueOn: "2026-11-05",
      daysOverdue: 30,
      yearsSinceLast: 1,
    });
  });
  it("follows the configured interval and ignores audits dated in the future", () => {
    const settings = { auditIntervalYears: { ...DEFAULT_SECURITY_SETTINGS.auditIntervalYears, medium: 5 } };
    expect(
      auditDue({ criticality: "medium", holdsSensitive: true, auditedOn: ["2022-01-01"] }, NOW, settings).state,
    ).toBe("up_to_date");
    expect(
      auditDue({ criticality: "medium", holdsSensitive: true, auditedOn: ["2027-01-01"] }, NOW, settings).state,
    ).toBe("never_audited");
  });
});

describe("yearsSince", () => {
  it("counts whole years", () => {
    expect(yearsSince("2022-12-05", NOW)).toBe(4);
    expect(yearsSince("2022-12-06", NOW)).toBe(3);
  });
});
