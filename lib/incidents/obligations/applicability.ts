import type { ObligationId } from "./obligations";
import type { ClockNotice, IncidentFacts, NotApplicableReason, NotificationRecord } from "../types";

export type Applicability =
  { applies: true; isProvisional: boolean; notices: ClockNotice[] } | { applies: false; reason: NotApplicableReason };

/** Notices that make an obligation provisional: it applies until an assessment says otherwise. */
const PROVISIONAL_NOTICES: readonly ClockNotice[] = [
  "risk_not_assessed",
  "risk_not_assessed_yet",
  "personal_data_to_confirm",
  "telecom_service_to_confirm",
  "unintelligible_evidence_missing",
];
const applies = (notices: ClockNotice[] = []): Applicability => ({
  applies: true,
  isProvisional: notices.some((n) => PROVISIONAL_NOTICES.includes(n)),
  notices,
});
const notApplicable = (reason: NotApplicableReason): Applicability => ({ applies: false, reason });

/**
 * The first notification recorded for `obligation` at or before `now` (later records are ignored,
 * so a past state can be replayed). It is the one that meets the deadline; phased complements
 * (GDPR Art. 33(4)) come after it.
 */
export function findFirstNotification(
  notifications: readonly NotificationRecord[],
  obligation: ObligationId,
  now: Date,
): NotificationRecord | null {
  let first: NotificationRecord | null = null;
  for (const n of notifications) {
    if (n.obligation !== obligation || n.sentAt.getTime() > now.getTime()) continue;
    if (!first || n.sentAt.getTime() < first.sentAt.getTime()) first = n;
  }
  return first;
}

/**
 * Personal data: `false` rules GDPR and 611/2013 out; `null` (unknown, e.g. a SIEM that did not
 * say) applies them provisionally until the DPO confirms — "yes until the DPO says no".
 */
function personalDataScope(facts: IncidentFacts): Applicability | ClockNotice[] {
  if (facts.personalData === false) return notApplicable("no_personal_data");
  return facts.personalData === null ? ["personal_data_to_confirm"] : [];
}

function telecomBreach(facts: IncidentFacts): Applicability | ClockNotice[] {
  const scope = personalDataScope(facts);
  if (!Array.isArray(scope)) return scope;
  if (facts.telecomService === false) return notApplicable("not_public_telecom_service");
  return facts.telecomService === null ? [...scope, "telecom_service_to_confirm"] : scope;
}

/** The risk is not assessed yet: Art. 34 and 611/2013 Art. 3 apply provisionally, "to assess" (issue 14). */
const riskNotices = (facts: IncidentFacts): ClockNotice[] =>
  facts.riskLevel === null ? ["risk_not_assessed_yet"] : [];

/** 611/2013 Art. 4, GDPR Art. 34(3)(a): the waiver needs the protection demonstrated (evidence text). */
function unintelligibleWaiver(facts: IncidentFacts): Applicability | ClockNotice[] {
  if (!facts.dataUnintelligible) return [];
  if ((facts.unintelligibleEvidence ?? "").trim() !== "") return notApplicable("data_unintelligible");
  return ["unintelligible_evidence_missing"];
}

function nis2Incident(facts: IncidentFacts, nis2Enabled: boolean): Applicability | null {
  if (!nis2Enabled) return notApplicable("nis2_disabled");
  if (!facts.nis2Significant) return notApplicable("nis2_not_significant");
  return null;
}

/** The rules of applicability (as the README's incident API states them), before any DPO override. */
function ruleApplicability(
  id: ObligationId,
  facts: IncidentFacts,
  context: { nis2Enabled: boolean; now: Date },
): Applicability {
  switch (id) {
    case "gdpr-33": {
      const scope = personalDataScope(facts);
      if (!Array.isArray(scope)) return scope;
      if (facts.riskLevel === "unlikely") return notApplicable("risk_unlikely");
      return applies([...scope, ...(facts.riskLevel === null ? (["risk_not_assessed"] as const) : [])]);
    }
    case "gdpr-34":
    case "gdpr-34-public": {
      const scope = personalDataScope(facts);
      if (!Array.isArray(scope)) return scope;
      if (facts.riskLevel === "unlikely" || facts.riskLevel === "risk") return notApplicable("risk_not_high");
      const waiver = unintelligibleWaiver(facts);
      if (!Array.isArray(waiver)) return waiver;
      const notices = [...scope, ...riskNotices(facts), ...waiver];
      // Art. 34(3)(c): a public communication replaces the individual notice; it is its own obligation.
      const publicInstead = facts.art34Exception === "disproportionate_effort";
      if (id === "gdpr-34-public")
        return publicInstead ? applies(notices) : notApplicable("no_disproportionate_effort");
      if (publicInstead) return notApplicable("public_communication_instead");
      // Art. 34(3)(a) recorded as the DPO's decision needs the same evidence as the waiver itself.
      if (facts.art34Exception === "unintelligible" && (facts.unintelligibleEvidence ?? "").trim() === "")
        return applies([...new Set([...notices, "unintelligible_evidence_missing" as const])]);
      if (facts.art34Exception) return notApplicable("art34_exception_recorded");
      return applies(notices);
    }
    case "eprivacy-611-initial": {
      const scope = telecomBreach(facts);
      return Array.isArray(scope) ? applies(scope) : scope;
    }
    case "eprivacy-611-second": {
      const scope = telecomBreach(facts);
      if (!Array.isArray(scope)) return scope;
      const initial = findFirstNotification(facts.notifications, "eprivacy-611-initial", context.now);
      if (!initial) return notApplicable("initial_notification_not_sent");
      if (initial.complete !== false) return notApplicable("initial_notification_complete");
      return applies(scope);
    }
    case "eprivacy-611-subscribers": {
      const scope = telecomBreach(facts);
      if (!Array.isArray(scope)) return scope;
      if (facts.riskLevel === "unlikely") return notApplicable("subscribers_not_adversely_affected");
      const waiver = unintelligibleWaiver(facts);
      if (!Array.isArray(waiver)) return waiver;
      return applies([...scope, ...riskNotices(facts), ...waiver]);
    }
    case "nis2-early-warning":
    case "nis2-notification":
    case "nis2-recipients":
      return nis2Incident(facts, context.nis2Enabled) ?? applies();
    case "nis2-final-report":
      return nis2Incident(facts, context.nis2Enabled) ?? applies(["progress_report_if_ongoing"]);
  }
}

/**
 * Whether obligation `id` applies to an incident:
 * - `gdpr-33`: personal data, unless the risk is assessed "unlikely" (not yet assessed: applies,
 *   flagged provisional — the conservative reading).
 * - `gdpr-34`: personal data and a risk assessed "high" (not yet assessed: applies provisionally),
 *   unless the data were shown unintelligible (evidence recorded) or an Art. 34(3)(a)/(b) exception
 *   is recorded; under 34(3)(c) the public communication (`gdpr-34-public`) is due instead.
 * - `gdpr-34-public`: the same conditions as `gdpr-34`, when the DPO recorded the Art. 34(3)(c)
 *   exception (disproportionate effort); met when its publication is recorded.
 * - unknown scope (`personalData` / `telecomService` null) applies provisionally, "to confirm".
 * - `eprivacy-611-initial`: personal data in the provision of the public communications service,
 *   whatever the risk; `eprivacy-611-second` only when the initial notification was recorded
 *   incomplete; `eprivacy-611-subscribers` when, in addition, the risk is "risk" or "high" and the
 *   data were not unintelligible.
 * - the four `nis2-*`: a significant incident, when NIS2 is enabled for the organisation
 *   (`nis2-recipients`, Art. 23(1)–(2): the DPO overrides it when the service's recipients are
 *   not likely to be affected).
 * A DPO override (with its reason) replaces the rule's answer.
 */
export function assessApplicability(
  id: ObligationId,
  facts: IncidentFacts,
  context: { nis2Enabled: boolean; now: Date },
): Applicability {
  const override = facts.overrides?.find((o) => o.obligation === id);
  if (override) {
    return override.applies
      ? { applies: true, isProvisional: false, notices: ["dpo_override"] }
      : notApplicable("dpo_override");
  }
  return ruleApplicability(id, facts, context);
}
