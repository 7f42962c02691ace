import type { ObligationId } from "./obligations";
import type { ClockNotice, IncidentFacts, NotApplicableReason, NotificationRecord } from "./types";

export type Applicability =
  | { applies: true; isProvisional: boolean; notices: ClockNotice[] }
  | { applies: false; reason: NotApplicableReason };

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

/** Art. 4(1) of Reg. 611/2013: the waiver needs the data unintelligible AND evidence shown. */
export function hasUnintelligibleWaiver(facts: IncidentFacts): boolean {
  return facts.dataUnintelligible === true && (facts.unintelligibleEvidence ?? "").trim() !== "";
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

/**
 * Whether obligation `id` applies to an incident (DOMAIN.md §3). An unassessed risk (`null`) is
 * read conservatively: the obligation applies, flagged provisional.
 * - GDPR Art. 33(1): a personal-data breach, unless the risk is assessed "unlikely".
 * - GDPR Art. 34(1): high risk, unless an Art. 34(3) exception is recorded.
 * - Reg. 611/2013 Art. 2: every personal-data breach in the provision of a public electronic
 *   communications service, whatever the risk; the second notification (Art. 2(3)) only when the
 *   initial one was recorded as incomplete (`complete === false`).
 * - Reg. 611/2013 Art. 3: likely to adversely affect subscribers (risk or high), unless the data
 *   were unintelligible and this was shown to the authority (Art. 4).
 * - NIS2 Art. 23: a significant incident, when NIS2 is enabled for the organisation.
 * - GDPR Art. 33(5): every personal-data breach, notified or not, is documented.
 */
export function assessApplicability(
  id: ObligationId,
  facts: IncidentFacts,
  context: { nis2Enabled: boolean; now: Date },
): Applicability {
  const riskNotAssessed: ClockNotice[] = facts.riskLevel === null ? ["risk_not_assessed"] : [];
  switch (id) {
    case "gdpr_art33":
      if (!facts.personalData) return notApplicable("no_personal_data");
      if (facts.riskLevel === "unlikely") return notApplicable("risk_unlikely");
      return applies(riskNotAssessed);
    case "gdpr_art34":
      if (!facts.personalData) return notApplicable("no_personal_data");
      if (facts.riskLevel === "unlikely" || facts.riskLevel === "risk") {
        return notApplicable("risk_not_high");
      }
      if (facts.art34Exception) return notApplicable("art34_exception_recorded");
      return applies(riskNotAssessed);
    case "eprivacy_initial":
      return telecomBreach(facts) ?? applies();
    case "eprivacy_second": {
      const notTelecom = telecomBreach(facts);
      if (notTelecom) return notTelecom;
      const initial = findFirstNotification(facts.notifications, "eprivacy_initial", context.now);
      if (!initial) return notApplicable("initial_notification_not_sent");
      if (initial.complete !== false) return notApplicable("initial_notification_complete");
      return applies();
    }
    case "eprivacy_subscribers": {
      const notTelecom = telecomBreach(facts);
      if (notTelecom) return notTelecom;
      if (hasUnintelligibleWaiver(facts)) return notApplicable("data_unintelligible");
      if (facts.riskLevel === "unlikely") return notApplicable("subscribers_not_adversely_affected");
      const notices: ClockNotice[] = facts.dataUnintelligible
        ? ["unintelligible_evidence_missing"]
        : [];
      return applies([...riskNotAssessed, ...notices]);
    }
    case "nis2_early_warning":
    case "nis2_notification":
      return nis2Incident(facts, context.nis2Enabled) ?? applies();
    case "nis2_final_report":
      return nis2Incident(facts, context.nis2Enabled) ?? applies(["progress_report_if_ongoing"]);
    case "breach_register":
      return facts.personalData ? applies() : notApplicable("no_personal_data");
  }
}
