import { describe, expect, it } from "vitest";
import { OBLIGATION_IDS, OBLIGATION_RULES, isRuleInForce, selectRuleVersion, type ObligationRule } from "./obligations";
import { GDPR_96H_FROM, at, currentRule, rulesWithGdpr96h } from "../test-fixtures";

describe("OBLIGATION_RULES (the law as data)", () => {
  it("has exactly one row in force today for every obligation", () => {
    const today = at("2026-06-01T12:00:00+02:00");
    for (const id of OBLIGATION_IDS) {
      expect(OBLIGATION_RULES.filter((r) => r.id === id && isRuleInForce(r, today))).toHaveLength(1);
    }
  });

  it("has unique versions and no overlapping rows for one obligation", () => {
    const versions = OBLIGATION_RULES.map((r) => r.version);
    expect(new Set(versions).size).toBe(versions.length);
    for (const id of OBLIGATION_IDS) {
      const rows = OBLIGATION_RULES.filter((r) => r.id === id).sort(
        (a, b) => a.effectiveFrom.getTime() - b.effectiveFrom.getTime(),
      );
      for (let i = 1; i < rows.length; i += 1) {
        const previousEnd = rows[i - 1]?.effectiveTo;
        expect(previousEnd).not.toBeNull();
        expect(previousEnd!.getTime()).toBeLessThanOrEqual(rows[i]!.effectiveFrom.getTime());
      }
    }
  });

  it("encodes each obligation's regime, authority, start event and period", () => {
    const summary = (r: ObligationRule) => [r.regime, r.authority, r.startEvent, r.period];
    expect(summary(currentRule("gdpr-33"))).toEqual(["gdpr", "CNIL", "awareness", { kind: "hours", hours: 72 }]);
    expect(summary(currentRule("gdpr-34"))).toEqual([
      "gdpr",
      "data-subjects",
      "awareness",
      { kind: "without_undue_delay", defaultTargetHours: 72 },
    ]);
    expect(summary(currentRule("eprivacy-611-initial"))).toEqual([
      "eprivacy",
      "CNIL",
      "detection",
      { kind: "hours", hours: 24 },
    ]);
    expect(summary(currentRule("eprivacy-611-second"))).toEqual([
      "eprivacy",
      "CNIL",
      "initial_notification_sent",
      { kind: "hours", hours: 72 },
    ]);
    expect(currentRule("eprivacy-611-second").alternativeReadings).toEqual([
      expect.objectContaining({ key: "reg_1182_71_days", days: 3 }),
    ]);
    expect(summary(currentRule("eprivacy-611-subscribers"))).toEqual([
      "eprivacy",
      "subscribers",
      "detection",
      { kind: "without_undue_delay", defaultTargetHours: 72 },
    ]);
    expect(summary(currentRule("nis2-early-warning"))).toEqual([
      "nis2",
      "ANSSI",
      "nis2_awareness",
      { kind: "hours", hours: 24 },
    ]);
    expect(summary(currentRule("nis2-notification"))).toEqual([
      "nis2",
      "ANSSI",
      "nis2_awareness",
      { kind: "hours", hours: 72 },
    ]);
    expect(summary(currentRule("nis2-final-report"))).toEqual([
      "nis2",
      "ANSSI",
      "incident_notification_submitted",
      { kind: "months", months: 1 },
    ]);
  });

  it("cites a legal reference for every rule", () => {
    for (const rule of OBLIGATION_RULES) expect(rule.legalReference).toMatch(/Art\. \d/);
  });
});

describe("selectRuleVersion", () => {
  it("returns the 72 h row just before a 96 h version takes effect, the 96 h row from then on", () => {
    const before = selectRuleVersion("gdpr-33", new Date(GDPR_96H_FROM.getTime() - 1), rulesWithGdpr96h);
    const from = selectRuleVersion("gdpr-33", GDPR_96H_FROM, rulesWithGdpr96h);
    expect(before?.period).toEqual({ kind: "hours", hours: 72 });
    expect(before?.version).toBe("gdpr-33@2018-05-25");
    expect(from?.period).toEqual({ kind: "hours", hours: 96 });
    expect(from?.version).toBe("gdpr-33@2027-06-01");
  });

  it("does not touch the other obligations when one rule changes", () => {
    const after = at("2027-07-01T00:00:00+02:00");
    expect(selectRuleVersion("eprivacy-611-initial", after, rulesWithGdpr96h)?.period).toEqual({
      kind: "hours",
      hours: 24,
    });
  });

  it("returns null before any version is in force (GDPR before 25 May 2018)", () => {
    expect(selectRuleVersion("gdpr-33", at("2018-05-24T23:59:59+02:00"))).toBeNull();
    expect(selectRuleVersion("gdpr-33", at("2018-05-25T00:00:00+02:00"))).not.toBeNull();
    expect(selectRuleVersion("nis2-notification", at("2024-10-17T12:00:00+02:00"))).toBeNull();
  });

  it("prefers the newest version when a new row was added without closing the old one", () => {
    const unclosed = [
      ...OBLIGATION_RULES,
      {
        ...currentRule("gdpr-33"),
        version: "v96",
        period: { kind: "hours", hours: 96 } as const,
        effectiveFrom: GDPR_96H_FROM,
      },
    ];
    expect(selectRuleVersion("gdpr-33", GDPR_96H_FROM, unclosed)?.version).toBe("v96");
  });
});
