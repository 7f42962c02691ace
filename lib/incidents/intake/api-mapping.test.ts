import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toApiClock } from "./api-mapping";
import { computeObligations } from "../clocks/clocks";
import { at, defaultOptions, incidentFacts } from "../test-fixtures";
import type { IncidentFacts, RiskLevel } from "../types";

const NOW = at("2026-10-24T12:00:00+02:00");
const api = (overrides: Partial<IncidentFacts>, now = NOW, nis2Enabled = true) =>
  Object.fromEntries(
    computeObligations(incidentFacts(overrides), now, { ...defaultOptions, nis2Enabled }).map((c) => [
      c.id,
      toApiClock(c, overrides.overrides),
    ]),
  );

describe("API clocks: applicability as the README states it", () => {
  it.each<[string, Partial<IncidentFacts>, Record<string, string>]>([
    [
      "not yet assessed risk: gdpr-33, gdpr-34 and subscribers apply provisionally",
      { riskLevel: null },
      { "gdpr-33": "pending", "gdpr-34": "pending", "eprivacy-611-subscribers": "pending" },
    ],
    [
      "unlikely: no gdpr-33, 611 initial still applies",
      { riskLevel: "unlikely" },
      { "gdpr-33": "not-applicable", "eprivacy-611-initial": "overdue", "eprivacy-611-subscribers": "not-applicable" },
    ],
    [
      "risk: gdpr-33 and subscribers, not gdpr-34",
      { riskLevel: "risk" },
      { "gdpr-33": "pending", "gdpr-34": "not-applicable", "eprivacy-611-subscribers": "pending" },
    ],
    [
      "high: everything but the chained second notification",
      { riskLevel: "high" },
      { "gdpr-34": "pending", "eprivacy-611-subscribers": "pending", "eprivacy-611-second": "not-applicable" },
    ],
    [
      "high but unintelligible with evidence: no gdpr-34, no subscriber notice",
      { riskLevel: "high", dataUnintelligible: true, unintelligibleEvidence: "AES-256, keys in HSM" },
      { "gdpr-34": "not-applicable", "eprivacy-611-subscribers": "not-applicable", "gdpr-33": "pending" },
    ],
    [
      "not telecom: no 611 clocks",
      { telecomService: false },
      { "eprivacy-611-initial": "not-applicable", "eprivacy-611-subscribers": "not-applicable", "gdpr-33": "pending" },
    ],
    [
      "not significant: no NIS2 clocks",
      { nis2Significant: false },
      {
        "nis2-early-warning": "not-applicable",
        "nis2-notification": "not-applicable",
        "nis2-final-report": "not-applicable",
      },
    ],
    [
      "initial 611 sent incomplete: second due 72 h after it",
      {
        notifications: [
          { obligation: "eprivacy-611-initial", sentAt: at("2026-10-23T20:00:00+02:00"), complete: false },
        ],
      },
      { "eprivacy-611-initial": "met", "eprivacy-611-second": "pending" },
    ],
    [
      "initial 611 sent complete (default): no second",
      { notifications: [{ obligation: "eprivacy-611-initial", sentAt: at("2026-10-23T20:00:00+02:00") }] },
      { "eprivacy-611-second": "not-applicable" },
    ],
    [
      "CNIL sent after 72 h: late",
      { notifications: [{ obligation: "gdpr-33", sentAt: at("2026-10-26T10:00:00+01:00"), delayReason: "x" }] },
      { "gdpr-33": "late" },
    ],
  ])("%s", (_name, overrides, expected) => {
    // After every notification of the table was sent, before the 72 h clocks of the fixture end.
    const late = overrides.notifications?.some((n) => n.obligation === "gdpr-33");
    const result = api(overrides, late ? at("2026-10-27T12:00:00+01:00") : NOW);
    for (const [id, status] of Object.entries(expected)) expect(result[id]?.status, id).toBe(status);
  });

  it("second notification: startsAt is the initial's sentAt, dueAt 72 h later, in UTC Z", () => {
    const clock = api({
      notifications: [{ obligation: "eprivacy-611-initial", sentAt: at("2026-10-23T20:00:00+02:00"), complete: false }],
    })["eprivacy-611-second"]!;
    expect(clock).toEqual({
      obligation: "eprivacy-611-second",
      authority: "CNIL",
      startsAt: "2026-10-23T18:00:00.000Z",
      dueAt: "2026-10-26T18:00:00.000Z",
      status: "pending",
      metAt: null,
      reason: null,
      provisional: false,
      notices: [],
    });
  });

  it("a provisional clock says why in its notices (risk to assess, scope to confirm)", () => {
    const clocks = api({ riskLevel: null, personalData: null });
    expect(clocks["gdpr-34"]).toMatchObject({
      status: "pending",
      reason: null,
      provisional: true,
      notices: expect.arrayContaining(["risk_not_assessed_yet", "personal_data_to_confirm"]),
    });
  });

  it("an override gives its reason; a rule gives its code", () => {
    const clocks = api({
      riskLevel: "unlikely",
      overrides: [{ obligation: "nis2-notification", applies: false, reason: "Not significant after review" }],
    });
    expect(clocks["gdpr-33"]!.reason).toBe("risk_unlikely");
    expect(clocks["nis2-notification"]!.reason).toBe("override: Not significant after review");
  });

  it("authorities", () => {
    const clocks = api({});
    expect(Object.values(clocks).map((c) => [c.obligation, c.authority])).toEqual([
      ["gdpr-33", "CNIL"],
      ["gdpr-34", "data-subjects"],
      ["gdpr-34-public", "public"],
      ["eprivacy-611-initial", "CNIL"],
      ["eprivacy-611-second", "CNIL"],
      ["eprivacy-611-subscribers", "subscribers"],
      ["nis2-early-warning", "ANSSI"],
      ["nis2-notification", "ANSSI"],
      ["nis2-final-report", "ANSSI"],
      ["nis2-recipients", "service-recipients"],
    ]);
  });
});

describe("API clocks: properties", () => {
  const risk = fc.constantFrom<RiskLevel | null>(null, "unlikely", "risk", "high");
  const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2029, 0, 1) }).map((ms) => new Date(ms));
  const facts = fc.record({
    personalData: fc.constantFrom(true, false, null),
    telecomService: fc.constantFrom(true, false, null),
    unintelligibleEvidence: fc.constantFrom(null, "", "AES-256, key safe"),
    nis2Significant: fc.boolean(),
    riskLevel: risk,
    dataUnintelligible: fc.boolean(),
    detectedAt: instant,
    awareDelay: fc.option(fc.integer({ min: 0, max: 5 * 86_400_000 })),
    sentDelay: fc.option(fc.integer({ min: 0, max: 10 * 86_400_000 })),
    nowDelay: fc.integer({ min: 0, max: 60 * 86_400_000 }),
  });

  it("statuses, instants and reasons are consistent, and applicability follows the documented rules", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const awareAt = f.awareDelay === null ? null : new Date(f.detectedAt.getTime() + f.awareDelay);
        const notifications =
          f.sentDelay === null
            ? []
            : [{ obligation: "gdpr-33" as const, sentAt: new Date(f.detectedAt.getTime() + f.sentDelay) }];
        const now = new Date(f.detectedAt.getTime() + f.nowDelay);
        const input = incidentFacts({ ...f, awareAt, notifications });
        const clocks = computeObligations(input, now, defaultOptions).map((c) => toApiClock(c));
        for (const c of clocks) {
          if (c.status === "not-applicable") {
            expect(c).toMatchObject({ startsAt: null, dueAt: null, metAt: null });
            expect(c.reason).toBeTruthy();
          } else {
            expect(c.reason).toBeNull();
          }
          if (c.status === "met" || c.status === "late") expect(c.metAt).toMatch(/Z$/);
          if (c.status === "overdue") expect(new Date(c.dueAt!).getTime()).toBeLessThan(now.getTime());
          if (c.status === "pending" && c.dueAt)
            expect(new Date(c.dueAt).getTime()).toBeGreaterThanOrEqual(now.getTime());
          for (const v of [c.startsAt, c.dueAt, c.metAt]) if (v) expect(v).toMatch(/\.\d{3}Z$/);
        }
        const status = (id: string) => clocks.find((c) => c.obligation === id)!.status;
        // Unknown (null) counts as yes; the waiver needs its evidence.
        const personal = f.personalData !== false;
        const telecom = personal && f.telecomService !== false;
        const waived = f.dataUnintelligible && f.unintelligibleEvidence === "AES-256, key safe";
        expect(status("gdpr-33") !== "not-applicable").toBe(personal && f.riskLevel !== "unlikely");
        expect(status("gdpr-34") !== "not-applicable").toBe(
          personal && (f.riskLevel === "high" || f.riskLevel === null) && !waived,
        );
        expect(status("eprivacy-611-initial") !== "not-applicable").toBe(telecom);
        expect(status("eprivacy-611-subscribers") !== "not-applicable").toBe(
          telecom && f.riskLevel !== "unlikely" && !waived,
        );
        for (const id of ["nis2-early-warning", "nis2-notification", "nis2-final-report", "nis2-recipients"])
          expect(status(id) !== "not-applicable").toBe(f.nis2Significant);
      }),
    );
  });
});
