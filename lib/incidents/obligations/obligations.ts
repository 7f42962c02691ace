/**
 * Breach and incident obligations as DATA. A change in the law (for example a
 * 96 h GDPR deadline) is a new row with its own `effectiveFrom`, never a code change: the clock
 * engine picks the version in force at the obligation's start instant with `selectRuleVersion`.
 *
 * Pure and client-safe: no database, no React, no `server-only`.
 */

export const OBLIGATION_IDS = [
  "gdpr-33",
  "gdpr-34",
  "gdpr-34-public",
  "eprivacy-611-initial",
  "eprivacy-611-second",
  "eprivacy-611-subscribers",
  "nis2-early-warning",
  "nis2-notification",
  "nis2-final-report",
  "nis2-recipients",
] as const;
export type ObligationId = (typeof OBLIGATION_IDS)[number];

export type Regime = "gdpr" | "eprivacy" | "nis2";
export type Authority = "CNIL" | "data-subjects" | "public" | "subscribers" | "ANSSI" | "service-recipients";

/** What starts an obligation's clock. */
export type StartEvent =
  /** GDPR awareness (EDPB Guidelines 9/2022); detection is used until awareness is recorded. */
  | "awareness"
  /** 611/2013 Art. 2(2): enough awareness to make a meaningful notification. */
  | "detection"
  /** NIS2 Art. 23(4): awareness of the significant incident; detection until recorded. */
  | "nis2_awareness"
  /** 611/2013 Art. 2(3): the initial notification was sent (recorded as incomplete). */
  | "initial_notification_sent"
  /** NIS2 Art. 23(4)(e): the incident notification (Art. 23(4)(b)) was submitted. */
  | "incident_notification_submitted"
  /** No clock. */
  | "none";

export type Period =
  /** Absolute elapsed time: `hours × 3 600 000 ms`, never wall-clock days, no weekend extension. */
  | { kind: "hours"; hours: number }
  /** Calendar months in the organisation's zone, end-of-month clamp (31 Jan + 1 = 28/29 Feb). */
  | { kind: "months"; months: number }
  /** No fixed deadline in law: elapsed time is shown against a configurable internal target. */
  | { kind: "without_undue_delay"; defaultTargetHours: number }
  /** Documentation only, no deadline. */
  | { kind: "none" };

/** A non-binding alternative reading of a period, shown as information only. */
export type AlternativeReading = {
  key: "reg_1182_71_days";
  /** Reg. (EEC, Euratom) 1182/71 Art. 3: counted in whole local days, weekend roll-over. */
  days: number;
  legalReference: string;
};

/** The incident facts a rule's applicability depends on (for display and audit). */
export type ApplicabilityInput =
  | "personalData"
  | "telecomService"
  | "riskLevel"
  | "art34Exception"
  | "dataUnintelligible"
  | "nis2Enabled"
  | "nis2Significant"
  | "initialNotificationIncomplete"
  | "incidentNotificationSubmitted";

export type ObligationRule = {
  id: ObligationId;
  /** Unique per row, e.g. `gdpr-33@2018-05-25`. */
  version: string;
  regime: Regime;
  authority: Authority;
  legalReference: string;
  startEvent: StartEvent;
  period: Period;
  /** Inclusive. */
  effectiveFrom: Date;
  /** Exclusive; `null` while in force. */
  effectiveTo: Date | null;
  applicabilityInputs: readonly ApplicabilityInput[];
  alternativeReadings?: readonly AlternativeReading[];
};

/** Local midnight in Paris, with the offset written out so the instant is unambiguous. */
const GDPR_FROM = new Date("2018-05-25T00:00:00+02:00");
const EPRIVACY_611_FROM = new Date("2013-08-25T00:00:00+02:00");
const NIS2_FROM = new Date("2024-10-18T00:00:00+02:00");

/** The rules in force today. Add a row (and close the previous one) when the law changes. */
export const OBLIGATION_RULES: readonly ObligationRule[] = [
  {
    id: "gdpr-33",
    version: "gdpr-33@2018-05-25",
    regime: "gdpr",
    authority: "CNIL",
    legalReference: "GDPR Art. 33(1)",
    startEvent: "awareness",
    period: { kind: "hours", hours: 72 },
    effectiveFrom: GDPR_FROM,
    effectiveTo: null,
    applicabilityInputs: ["personalData", "riskLevel"],
  },
  {
    id: "gdpr-34",
    version: "gdpr-34@2018-05-25",
    regime: "gdpr",
    authority: "data-subjects",
    legalReference: "GDPR Art. 34(1), exceptions Art. 34(3)",
    startEvent: "awareness",
    period: { kind: "without_undue_delay", defaultTargetHours: 72 },
    effectiveFrom: GDPR_FROM,
    effectiveTo: null,
    applicabilityInputs: ["riskLevel", "dataUnintelligible", "art34Exception"],
  },
  {
    // Art. 34(3)(c): when informing each person would involve disproportionate effort, a public
    // communication (or a similar measure as effective) replaces it — still due, with its evidence.
    id: "gdpr-34-public",
    version: "gdpr-34-public@2018-05-25",
    regime: "gdpr",
    authority: "public",
    legalReference: "GDPR Art. 34(3)(c)",
    startEvent: "awareness",
    period: { kind: "without_undue_delay", defaultTargetHours: 72 },
    effectiveFrom: GDPR_FROM,
    effectiveTo: null,
    applicabilityInputs: ["personalData", "riskLevel", "dataUnintelligible", "art34Exception"],
  },
  {
    id: "eprivacy-611-initial",
    version: "eprivacy-611-initial@2013-08-25",
    regime: "eprivacy",
    authority: "CNIL",
    legalReference: "Reg. (EU) 611/2013 Art. 2(2) and 2(3); Directive 2002/58/EC Art. 4(3)",
    startEvent: "detection",
    period: { kind: "hours", hours: 24 },
    effectiveFrom: EPRIVACY_611_FROM,
    effectiveTo: null,
    applicabilityInputs: ["personalData", "telecomService"],
  },
  {
    id: "eprivacy-611-second",
    version: "eprivacy-611-second@2013-08-25",
    regime: "eprivacy",
    authority: "CNIL",
    legalReference: "Reg. (EU) 611/2013 Art. 2(3), second subparagraph",
    startEvent: "initial_notification_sent",
    // Conservative reading of "at the latest within three days": 72 h of elapsed time.
    period: { kind: "hours", hours: 72 },
    effectiveFrom: EPRIVACY_611_FROM,
    effectiveTo: null,
    applicabilityInputs: ["personalData", "telecomService", "initialNotificationIncomplete"],
    alternativeReadings: [{ key: "reg_1182_71_days", days: 3, legalReference: "Reg. (EEC, Euratom) 1182/71 Art. 3" }],
  },
  {
    id: "eprivacy-611-subscribers",
    version: "eprivacy-611-subscribers@2013-08-25",
    regime: "eprivacy",
    authority: "subscribers",
    legalReference: "Reg. (EU) 611/2013 Art. 3 and Art. 4; Directive 2002/58/EC Art. 4(3)",
    startEvent: "detection",
    period: { kind: "without_undue_delay", defaultTargetHours: 72 },
    effectiveFrom: EPRIVACY_611_FROM,
    effectiveTo: null,
    applicabilityInputs: ["personalData", "telecomService", "riskLevel", "dataUnintelligible"],
  },
  {
    id: "nis2-early-warning",
    version: "nis2-early-warning@2024-10-18",
    regime: "nis2",
    authority: "ANSSI",
    legalReference: "Directive (EU) 2022/2555 (NIS2) Art. 23(4)(a)",
    startEvent: "nis2_awareness",
    period: { kind: "hours", hours: 24 },
    effectiveFrom: NIS2_FROM,
    effectiveTo: null,
    applicabilityInputs: ["nis2Enabled", "nis2Significant"],
  },
  {
    id: "nis2-notification",
    version: "nis2-notification@2024-10-18",
    regime: "nis2",
    authority: "ANSSI",
    legalReference: "Directive (EU) 2022/2555 (NIS2) Art. 23(4)(b)",
    startEvent: "nis2_awareness",
    period: { kind: "hours", hours: 72 },
    effectiveFrom: NIS2_FROM,
    effectiveTo: null,
    applicabilityInputs: ["nis2Enabled", "nis2Significant"],
  },
  {
    id: "nis2-final-report",
    version: "nis2-final-report@2024-10-18",
    regime: "nis2",
    authority: "ANSSI",
    legalReference: "Directive (EU) 2022/2555 (NIS2) Art. 23(4)(e); progress report if ongoing",
    startEvent: "incident_notification_submitted",
    period: { kind: "months", months: 1 },
    effectiveFrom: NIS2_FROM,
    effectiveTo: null,
    applicabilityInputs: ["nis2Enabled", "nis2Significant", "incidentNotificationSubmitted"],
  },
  {
    // Art. 23(1)–(2): recipients of the service told of a significant incident likely to affect
    // them (and of the measures they can take): no fixed deadline, an internal target.
    id: "nis2-recipients",
    version: "nis2-recipients@2024-10-18",
    regime: "nis2",
    authority: "service-recipients",
    legalReference: "Directive (EU) 2022/2555 (NIS2) Art. 23(1) and 23(2)",
    startEvent: "nis2_awareness",
    period: { kind: "without_undue_delay", defaultTargetHours: 72 },
    effectiveFrom: NIS2_FROM,
    effectiveTo: null,
    applicabilityInputs: ["nis2Enabled", "nis2Significant"],
  },
];

/** Whether `rule` is in force at `at` (`effectiveFrom` inclusive, `effectiveTo` exclusive). */
export function isRuleInForce(rule: ObligationRule, at: Date): boolean {
  const t = at.getTime();
  return rule.effectiveFrom.getTime() <= t && (rule.effectiveTo === null || t < rule.effectiveTo.getTime());
}

/**
 * The version of obligation `id` in force at instant `at`, or `null` when none is.
 * When rows overlap (a configuration mistake) the latest `effectiveFrom` wins, so adding a new
 * version without closing the old one still applies the newer law from its effective date.
 */
export function selectRuleVersion(
  id: ObligationId,
  at: Date,
  rules: readonly ObligationRule[] = OBLIGATION_RULES,
): ObligationRule | null {
  let selected: ObligationRule | null = null;
  for (const rule of rules) {
    if (rule.id !== id || !isRuleInForce(rule, at)) continue;
    if (!selected || rule.effectiveFrom.getTime() > selected.effectiveFrom.getTime()) {
      selected = rule;
    }
  }
  return selected;
}
