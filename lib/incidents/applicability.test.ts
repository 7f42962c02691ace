import { describe, expect, it } from "vitest";
import { computeObligations } from "./clocks";
import type { ObligationId } from "./obligations";
import { at, clockOf, defaultOptions, incidentFacts } from "./test-fixtures";
import type { IncidentFacts, ObligationClock } from "./types";

const NOW = at("2026-10-24T12:00:00+02:00");
const clocksFor = (overrides: Partial<IncidentFacts>, nis2Enabled = true) =>
  computeObligations(incidentFacts(overrides), NOW, { ...defaultOptions, nis2Enabled });
const reasons = (clocks: ObligationClock[]) =>
  Object.fromEntries(clocks.map((c) => [c.id, c.applies ? "applies" : c.notApplicableReason]));

describe("applicability (DOMAIN.md §3)", () => {
  it("a telecom customer-database breach at high risk starts every clock but the chained ones", () => {
    expect(reasons(clocksFor({}))).toEqual({
      gdpr_art33: "applies",
      gdpr_art34: "applies",
      eprivacy_initial: "applies",
      eprivacy_second: "initial_notification_not_sent",
      eprivacy_subscribers: "applies",
      nis2_early_warning: "applies",
      nis2_notification: "applies",
      nis2_final_report: "applies",
      breach_register: "applies",
    });
  });

  it("a security incident without personal data: NIS2 only", () => {
    const r = reasons(clocksFor({ personalData: false }));
    for (const id of ["gdpr_art33", "gdpr_art34", "eprivacy_initial", "eprivacy_second",
      "eprivacy_subscribers", "breach_register"] as ObligationId[]) {
      expect(r[id]).toBe("no_personal_data");
    }
    expect(r.nis2_notification).toBe("applies");
  });

  it("a breach outside the communications service (HR, shops): GDPR only (Art. 95)", () => {
    const r = reasons(clocksFor({ telecomService: false }));
    expect(r.gdpr_art33).toBe("applies");
    expect(r.eprivacy_initial).toBe("not_public_telecom_service");
    expect(r.eprivacy_subscribers).toBe("not_public_telecom_service");
  });

  it("risk unlikely: no Art. 33 notification, but 611/2013 Art. 2 still applies whatever the risk", () => {
    const r = reasons(clocksFor({ riskLevel: "unlikely" }));
    expect(r.gdpr_art33).toBe("risk_unlikely");
    expect(r.gdpr_art34).toBe("risk_not_high");
    expect(r.eprivacy_subscribers).toBe("subscribers_not_adversely_affected");
    expect(r.eprivacy_initial).toBe("applies");
    expect(r.breach_register).toBe("applies");
  });

  it("risk (not high): Art. 33 and subscriber notice apply, Art. 34 does not", () => {
    const r = reasons(clocksFor({ riskLevel: "risk" }));
    expect(r.gdpr_art33).toBe("applies");
    expect(r.gdpr_art34).toBe("risk_not_high");
    expect(r.eprivacy_subscribers).toBe("applies");
  });

  it("an Art. 34(3) exception removes Art. 34 only", () => {
    const r = reasons(clocksFor({ art34Exception: "risk_no_longer_likely" }));
    expect(r.gdpr_art34).toBe("art34_exception_recorded");
    expect(r.gdpr_art33).toBe("applies");
  });

  it("risk not assessed: Art. 33, 34 and subscriber notice apply provisionally", () => {
    const clocks = clocksFor({ riskLevel: null });
    for (const id of ["gdpr_art33", "gdpr_art34", "eprivacy_subscribers"] as const) {
      expect(clockOf(clocks, id)).toMatchObject({ applies: true, isProvisional: true });
      expect(clockOf(clocks, id).messageKeys).toContain("incidents.clocks.risk_not_assessed");
    }
    expect(clockOf(clocks, "eprivacy_initial").isProvisional).toBe(false);
  });

  it("unintelligible data with evidence shown waives the subscriber notice (611/2013 Art. 4)", () => {
    const waived = clocksFor({ dataUnintelligible: true, unintelligibleEvidence: "AES-256, HSM keys" });
    expect(clockOf(waived, "eprivacy_subscribers").notApplicableReason).toBe("data_unintelligible");
    expect(clockOf(waived, "eprivacy_initial").applies).toBe(true);
  });

  it("unintelligible data without evidence: no waiver, and the missing evidence is flagged", () => {
    for (const evidence of [null, "   "]) {
      const clock = clockOf(
        clocksFor({ dataUnintelligible: true, unintelligibleEvidence: evidence }),
        "eprivacy_subscribers",
      );
      expect(clock.applies).toBe(true);
      expect(clock.messageKeys).toContain("incidents.clocks.unintelligible_evidence_missing");
    }
  });

  it("NIS2 switched off for the organisation, or incident not significant", () => {
    expect(reasons(clocksFor({}, false)).nis2_early_warning).toBe("nis2_disabled");
    expect(reasons(clocksFor({}, false)).nis2_final_report).toBe("nis2_disabled");
    expect(reasons(clocksFor({ nis2Significant: false })).nis2_notification).toBe(
      "nis2_not_significant",
    );
  });

  it("a not-applicable obligation carries its reason's message key and no clock", () => {
    const clock = clockOf(clocksFor({ riskLevel: "unlikely" }), "gdpr_art33");
    expect(clock).toMatchObject({
      status: "not_applicable",
      startAt: null,
      dueAt: null,
      msLeft: null,
      messageKeys: ["incidents.clocks.risk_unlikely"],
    });
    expect(clock.rule?.authority).toBe("cnil");
  });

  it("no rule in force before the law applied (a 2012 incident)", () => {
    const detectedAt = at("2012-03-01T10:00:00+01:00");
    const clocks = computeObligations(
      incidentFacts({ detectedAt, awareAt: detectedAt, nis2AwareAt: detectedAt }),
      detectedAt,
      defaultOptions,
    );
    expect(clocks.every((c) => c.notApplicableReason === "no_rule_in_force")).toBe(true);
    expect(clockOf(clocks, "gdpr_art33").rule).toBeNull();
  });
});
