import type { ObligationId } from "./obligations";
import type { ClockNotice, IncidentFacts, NotApplicableReason, NotificationRecord } from "../types";

export type Applicability =
  { applies: true; isProvisional: boolean; notices: ClockNotice[] } | { applies: false; reason: NotApplicableReason };

const applies = (notices: ClockNotice[] = []): Applicability => ({
  applies: true,
  isProvisional: notices.includes("risk_not_assessed"),
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

function telecomBreach(facts: IncidentFacts): Applicability | null {
  if (!facts.personalData) return notApplicable("no_personal_data");
  if (!facts.telecomService) return notApplicable("not_public_telecom_service");
  return null;
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
    case "gdpr-33":
      if (!facts.personalData) return notApplicable("no_personal_data");
      if (facts.riskLevel === "unlikely") return notApplicable("risk_unlikely");
      return applies(facts.riskLevel === null ? ["risk_not_assessed"] : []);
    case "gdpr-34":
      if (facts.riskLevel === null) return notApplicable("risk_not_assessed_yet");
      if (facts.riskLevel !== "high") return notApplicable("risk_not_high");
      if (facts.dataUnintelligible) return notApplicable("data_unintelligible");
      if (facts.art34Exception) return notApplicable("art34_exception_recorded");
      return applies();
    case "eprivacy-611-initial":
      return telecomBreach(facts) ?? applies();
    case "eprivacy-611-second": {
      const notTelecom = telecomBreach(facts);
      if (notTelecom) return notTelecom;
      const initial = findFirstNotification(facts.notifications, "eprivacy-611-initial", context.now);
      if (!initial) return notApplicable("initial_notification_not_sent");
      if (initial.complete !== false) return notApplicable("initial_notification_complete");
      return applies();
    }
    case "eprivacy-611-subscribers": {
      const notTelecom = telecomBreach(facts);
      if (notTelecom) return notTelecom;
      if (facts.riskLevel === null) return notApplicable("risk_not_assessed_yet");
      if (facts.riskLevel === "unlikely") return notApplicable("subscribers_not_adversely_affected");
      if (facts.dataUnintelligible) return notApplicable("data_unintelligible");
      return applies();
    }
    case "nis2-early-warning":
    case "nis2-notification":
      return nis2Incident(facts, context.nis2Enabled) ?? applies();
    case "nis2-final-report":
      return nis2Incident(facts, context.nis2Enabled) ?? applies(["progress_report_if_ongoing"]);
  }
}

/**
 * Whether obligation `id` applies to an incident:
 * - `gdpr-33`: personal data, unless the risk is assessed "unlikely" (not yet assessed: applies,
 *   flagged provisional — the conservative reading).
 * - `gdpr-34`: the risk is assessed "high" and the data were not unintelligible, unless an
 *   Art. 34(3) exception is recorded.
 * - `eprivacy-611-initial`: personal data in the provision of the public communications service,
 *   whatever the risk; `eprivacy-611-second` only when the initial notification was recorded
 *   incomplete; `eprivacy-611-subscribers` when, in addition, the risk is "risk" or "high" and the
 *   data were not unintelligible.
 * - the three `nis2-*`: a significant incident, when NIS2 is enabled for the organisation.
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
