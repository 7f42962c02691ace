import { describe, expect, it } from "vitest";
import { computeObligations } from "../clocks/clocks";
import type { ObligationId } from "./obligations";
import { at, clockOf, defaultOptions, incidentFacts } from "../test-fixtures";
import type { IncidentFacts, ObligationClock } from "../types";

const NOW = at("2026-10-24T12:00:00+02:00");
const clocksFor = (overrides: Partial<IncidentFacts>, nis2Enabled = true) =>
  computeObligations(incidentFacts(overrides), NOW, { ...defaultOptions, nis2Enabled });
const reasons = (clocks: ObligationClock[]) =>
  Object.fromEntries(clocks.map((c) => [c.id, c.applies ? "applies" : c.notApplicableReason]));

describe("applicability of the breach and incident obligations", () => {
  it("a telecom customer-database breach at high risk starts every clock but the chained ones", () => {
    expect(reasons(clocksFor({}))).toEqual({
      "gdpr-33": "applies",
      "gdpr-34": "applies",
      "gdpr-34-public": "no_disproportionate_effort",
      "eprivacy-611-initial": "applies",
      "eprivacy-611-second": "initial_notification_not_sent",
      "eprivacy-611-subscribers": "applies",
      "nis2-early-warning": "applies",
      "nis2-notification": "applies",
      "nis2-final-report": "applies",
      "nis2-recipients": "applies",
    });
  });

  it("NIS2 Art. 23(1)–(2): the service's recipients are told of a significant incident, against an internal target", () => {
    const clock = clockOf(clocksFor({ nis2AwareAt: at("2026-10-23T12:00:00+02:00") }), "nis2-recipients");
    expect(clock).toMatchObject({
      applies: true,
      dueKind: "internal_target",
      startAt: at("2026-10-23T12:00:00+02:00"),
    });
    expect(clock.rule?.authority).toBe("service-recipients");
    expect(clock.dueAt).toEqual(at("2026-10-26T11:00:00+01:00"));
    expect(reasons(clocksFor({ nis2Significant: false }))["nis2-recipients"]).toBe("nis2_not_significant");
    expect(reasons(clocksFor({}, false))["nis2-recipients"]).toBe("nis2_disabled");
  });

  it("a security incident without personal data: NIS2 only, every GDPR obligation says no_personal_data", () => {
    for (const riskLevel of ["high", null] as const) {
      const r = reasons(clocksFor({ personalData: false, riskLevel }));
      expect(r["gdpr-33"]).toBe("no_personal_data");
      expect(r["gdpr-34"]).toBe("no_personal_data");
    }
    const r = reasons(clocksFor({ personalData: false }));
    for (const id of [
      "gdpr-33",
      "eprivacy-611-initial",
      "eprivacy-611-second",
      "eprivacy-611-subscribers",
    ] as ObligationId[]) {
      expect(r[id]).toBe("no_personal_data");
    }
    expect(r["nis2-notification"]).toBe("applies");
  });

  it("a breach outside the communications service (HR, shops): GDPR only (Art. 95)", () => {
    const r = reasons(clocksFor({ telecomService: false }));
    expect(r["gdpr-33"]).toBe("applies");
    expect(r["eprivacy-611-initial"]).toBe("not_public_telecom_service");
    expect(r["eprivacy-611-subscribers"]).toBe("not_public_telecom_service");
  });

  it("risk unlikely: no Art. 33 notification, but 611/2013 Art. 2 still applies whatever the risk", () => {
    const r = reasons(clocksFor({ riskLevel: "unlikely" }));
    expect(r["gdpr-33"]).toBe("risk_unlikely");
    expect(r["gdpr-34"]).toBe("risk_not_high");
    expect(r["eprivacy-611-subscribers"]).toBe("subscribers_not_adversely_affected");
    expect(r["eprivacy-611-initial"]).toBe("applies");
  });

  it("risk (not high): Art. 33 and subscriber notice apply, Art. 34 does not", () => {
    const r = reasons(clocksFor({ riskLevel: "risk" }));
    expect(r["gdpr-33"]).toBe("applies");
    expect(r["gdpr-34"]).toBe("risk_not_high");
    expect(r["eprivacy-611-subscribers"]).toBe("applies");
  });

  it("an Art. 34(3) exception removes Art. 34 only", () => {
    const r = reasons(clocksFor({ art34Exception: "risk_no_longer_likely" }));
    expect(r["gdpr-34"]).toBe("art34_exception_recorded");
    expect(r["gdpr-33"]).toBe("applies");
  });

  it("the Art. 34(3)(a) exception recorded as a decision needs the evidence of unintelligibility too", () => {
    for (const unintelligibleEvidence of [null, "  "]) {
      const clock = clockOf(clocksFor({ art34Exception: "unintelligible", unintelligibleEvidence }), "gdpr-34");
      expect(clock).toMatchObject({ applies: true, isProvisional: true });
      expect(clock.messageKeys.filter((k) => k.endsWith("unintelligible_evidence_missing"))).toHaveLength(1);
    }
    const shown = clocksFor({ art34Exception: "unintelligible", unintelligibleEvidence: "AES-256-GCM, keys in HSM" });
    expect(reasons(shown)["gdpr-34"]).toBe("art34_exception_recorded");
    const flagged = clocksFor({
      art34Exception: "unintelligible",
      dataUnintelligible: true,
      unintelligibleEvidence: "",
    });
    expect(
      clockOf(flagged, "gdpr-34").messageKeys.filter((k) => k.endsWith("unintelligible_evidence_missing")),
    ).toHaveLength(1);
  });

  it("risk not assessed (INC-2026-0008): Art. 33, Art. 34 and the subscriber notice apply provisionally", () => {
    const clocks = clocksFor({ riskLevel: null });
    expect(clockOf(clocks, "gdpr-33")).toMatchObject({ applies: true, isProvisional: true });
    expect(clockOf(clocks, "gdpr-33").messageKeys).toContain("incidents.clocks.risk_not_assessed");
    for (const id of ["gdpr-34", "eprivacy-611-subscribers"] as const) {
      expect(clockOf(clocks, id)).toMatchObject({ applies: true, isProvisional: true, status: "pending" });
      expect(clockOf(clocks, id).messageKeys).toContain("incidents.clocks.risk_not_assessed_yet");
    }
    expect(clockOf(clocks, "eprivacy-611-initial").isProvisional).toBe(false);
  });

  it("once the DPO records the risk, Art. 34 and the subscriber notice become not applicable with that reason", () => {
    expect(reasons(clocksFor({ riskLevel: "risk" }))["gdpr-34"]).toBe("risk_not_high");
    expect(reasons(clocksFor({ riskLevel: "unlikely" }))["eprivacy-611-subscribers"]).toBe(
      "subscribers_not_adversely_affected",
    );
  });

  it("unknown scope (null) applies GDPR and 611/2013 provisionally, flagged to confirm", () => {
    const clocks = clocksFor({ personalData: null, telecomService: null, riskLevel: null });
    for (const id of ["gdpr-33", "gdpr-34", "eprivacy-611-initial", "eprivacy-611-subscribers"] as const) {
      expect(clockOf(clocks, id)).toMatchObject({ applies: true, isProvisional: true });
      expect(clockOf(clocks, id).messageKeys).toContain("incidents.clocks.personal_data_to_confirm");
    }
    expect(clockOf(clocks, "eprivacy-611-initial").messageKeys).toContain(
      "incidents.clocks.telecom_service_to_confirm",
    );
    expect(clockOf(clocksFor({ telecomService: null }), "eprivacy-611-initial").isProvisional).toBe(true);
    expect(reasons(clocksFor({ personalData: null, telecomService: false }))["eprivacy-611-initial"]).toBe(
      "not_public_telecom_service",
    );
  });

  it("unintelligible data with evidence shown waives the subscriber notice (611/2013 Art. 4)", () => {
    const waived = clocksFor({ dataUnintelligible: true, unintelligibleEvidence: "AES-256, HSM keys" });
    expect(clockOf(waived, "eprivacy-611-subscribers").notApplicableReason).toBe("data_unintelligible");
    expect(clockOf(waived, "eprivacy-611-initial").applies).toBe(true);
  });

  it("unintelligible data with evidence: neither Art. 34 nor the subscriber notice applies (GDPR Art. 34(3)(a), ePrivacy Art. 4(3))", () => {
    const clocks = clocksFor({
      dataUnintelligible: true,
      unintelligibleEvidence: "AES-256-GCM, keys in HSM, not exposed",
    });
    expect(clockOf(clocks, "gdpr-34").notApplicableReason).toBe("data_unintelligible");
    expect(clockOf(clocks, "eprivacy-611-subscribers").notApplicableReason).toBe("data_unintelligible");
    expect(clockOf(clocks, "gdpr-33").applies).toBe(true);
  });

  it("unintelligible claimed without evidence (INC-2026-0013): the waiver is refused and the page says why", () => {
    for (const unintelligibleEvidence of [null, "", "   "]) {
      const clocks = clocksFor({ dataUnintelligible: true, unintelligibleEvidence });
      for (const id of ["gdpr-34", "eprivacy-611-subscribers"] as const) {
        expect(clockOf(clocks, id)).toMatchObject({ applies: true, isProvisional: true });
        expect(clockOf(clocks, id).messageKeys).toContain("incidents.clocks.unintelligible_evidence_missing");
      }
    }
  });

  it("Art. 34(3)(c) disproportionate effort: the public communication is its own obligation, pending until published", () => {
    const clocks = clocksFor({ art34Exception: "disproportionate_effort" });
    expect(clockOf(clocks, "gdpr-34")).toMatchObject({
      applies: false,
      notApplicableReason: "public_communication_instead",
    });
    const publicClock = clockOf(clocks, "gdpr-34-public");
    expect(publicClock).toMatchObject({ applies: true, status: "pending", dueKind: "internal_target" });
    expect(publicClock.rule?.authority).toBe("public");
    expect(publicClock.rule?.legalReference).toBe("GDPR Art. 34(3)(c)");
    // A notification recorded for the individual notice does not meet the public communication.
    const notified = clocksFor({
      art34Exception: "disproportionate_effort",
      notifications: [{ obligation: "gdpr-34", sentAt: at("2026-10-23T18:00:00+02:00") }],
    });
    expect(clockOf(notified, "gdpr-34-public").status).toBe("pending");
  });

  it("Art. 34(3)(c): the publication (where and when) meets it; late after the internal target; not yet if published after now", () => {
    const publishedAt = at("2026-10-23T18:00:00+02:00");
    const published = clocksFor({
      art34Exception: "disproportionate_effort",
      publicCommunication: { publishedAt, publishedIn: "vigie-telecom.fr/securite, Le Parisien" },
    });
    expect(clockOf(published, "gdpr-34-public")).toMatchObject({
      status: "met",
      notification: { sentAt: publishedAt },
    });
    const late = computeObligations(
      incidentFacts({
        art34Exception: "disproportionate_effort",
        publicCommunication: { publishedAt: at("2026-10-28T10:00:00+01:00"), publishedIn: "Site web" },
      }),
      at("2026-10-29T10:00:00+01:00"),
      defaultOptions,
    );
    expect(clockOf(late, "gdpr-34-public").status).toBe("late");
    const future = clocksFor({
      art34Exception: "disproportionate_effort",
      publicCommunication: { publishedAt: at("2026-10-25T10:00:00+02:00"), publishedIn: "Site web" },
    });
    expect(clockOf(future, "gdpr-34-public").status).toBe("pending");
  });

  it("Art. 34(3)(c) keeps the conditions of Art. 34: provisional while the risk is unassessed, gone without personal data or high risk", () => {
    const unassessed = clockOf(
      clocksFor({ art34Exception: "disproportionate_effort", riskLevel: null }),
      "gdpr-34-public",
    );
    expect(unassessed).toMatchObject({ applies: true, isProvisional: true });
    expect(unassessed.messageKeys).toContain("incidents.clocks.risk_not_assessed_yet");
    expect(reasons(clocksFor({ art34Exception: "disproportionate_effort", riskLevel: "risk" }))["gdpr-34-public"]).toBe(
      "risk_not_high",
    );
    expect(
      reasons(clocksFor({ art34Exception: "disproportionate_effort", personalData: false }))["gdpr-34-public"],
    ).toBe("no_personal_data");
    expect(reasons(clocksFor({}))["gdpr-34-public"]).toBe("no_disproportionate_effort");
    expect(reasons(clocksFor({ art34Exception: "risk_no_longer_likely" }))["gdpr-34-public"]).toBe(
      "no_disproportionate_effort",
    );
  });

  it("a DPO override replaces the rule's answer, either way", () => {
    const off = clocksFor({ overrides: [{ obligation: "gdpr-33", applies: false, reason: "Test data only" }] });
    expect(clockOf(off, "gdpr-33")).toMatchObject({ status: "not-applicable", notApplicableReason: "dpo_override" });
    const on = clocksFor({
      riskLevel: "risk",
      overrides: [{ obligation: "gdpr-34", applies: true, reason: "Prudence" }],
    });
    expect(clockOf(on, "gdpr-34")).toMatchObject({ applies: true, status: "pending" });
    expect(clockOf(on, "gdpr-34").messageKeys).toContain("incidents.clocks.dpo_override");
  });

  it("NIS2 switched off for the organisation, or incident not significant", () => {
    expect(reasons(clocksFor({}, false))["nis2-early-warning"]).toBe("nis2_disabled");
    expect(reasons(clocksFor({}, false))["nis2-final-report"]).toBe("nis2_disabled");
    expect(reasons(clocksFor({ nis2Significant: false }))["nis2-notification"]).toBe("nis2_not_significant");
  });

  it("a not-applicable obligation carries its reason's message key and no clock", () => {
    const clock = clockOf(clocksFor({ riskLevel: "unlikely" }), "gdpr-33");
    expect(clock).toMatchObject({
      status: "not-applicable",
      startAt: null,
      dueAt: null,
      msLeft: null,
      messageKeys: ["incidents.clocks.risk_unlikely"],
    });
    expect(clock.rule?.authority).toBe("CNIL");
  });

  it("no rule in force before the law applied (a 2012 incident)", () => {
    const detectedAt = at("2012-03-01T10:00:00+01:00");
    const clocks = computeObligations(incidentFacts({ detectedAt, awareAt: detectedAt }), detectedAt, defaultOptions);
    expect(clocks.every((c) => c.notApplicableReason === "no_rule_in_force")).toBe(true);
    expect(clockOf(clocks, "gdpr-33").rule).toBeNull();
  });
});
