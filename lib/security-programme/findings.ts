import { addDays, daysBetween, today as dayOf } from "./calendar";
import type { SecurityProgrammeSettings } from "./settings";
import type { FindingStatus, Severity } from "./vocabulary";

/** A finding's due date: the day it was opened plus the period its severity sets. */
export function findingDueOn(
  severity: Severity,
  openedOn: string,
  settings: Pick<SecurityProgrammeSettings, "findingDueDays">,
): string {
  return addDays(openedOn, settings.findingDueDays[severity]);
}

export interface FindingState {
  status: FindingStatus;
  dueOn: string;
  riskAcceptedUntil: string | null;
}

/**
 * A risk acceptance lasts until its expiry day (inclusive); after it the finding is unresolved again
 * and counts as open, overdue if its due date has passed.
 */
export function isRiskAcceptanceExpired(
  finding: Pick<FindingState, "status" | "riskAcceptedUntil">,
  now: Date,
  timeZone?: string,
): boolean {
  const today = dayOf(now, timeZone);
  return (
    finding.status === "risk_accepted" && (finding.riskAcceptedUntil === null || finding.riskAcceptedUntil < today)
  );
}

/** Still needs work: open, in remediation, or a risk acceptance that has expired. */
export function isUnresolved(
  finding: Pick<FindingState, "status" | "riskAcceptedUntil">,
  now: Date,
  timeZone?: string,
): boolean {
  return (
    finding.status === "open" || finding.status === "in_remediation" || isRiskAcceptanceExpired(finding, now, timeZone)
  );
}

/** Days past the due date of an unresolved finding; 0 when not overdue or resolved. */
export function overdueDays(finding: FindingState, now: Date, timeZone?: string): number {
  if (!isUnresolved(finding, now, timeZone)) return 0;
  return Math.max(0, daysBetween(finding.dueOn, dayOf(now, timeZone)));
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Overdue first (the oldest first), then by severity, then by due date. */
export function compareFindings(
  a: FindingState & { severity: Severity },
  b: FindingState & { severity: Severity },
  now: Date,
  timeZone?: string,
): number {
  const lateA = overdueDays(a, now, timeZone);
  const lateB = overdueDays(b, now, timeZone);
  if (lateA > 0 !== lateB > 0) return lateA > 0 ? -1 : 1;
  if (lateA !== lateB) return lateB - lateA;
  if (a.severity !== b.severity) return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  return a.dueOn.localeCompare(b.dueOn);
}

/** Which status changes are allowed (a verified finding is closed for good; a retest verifies an unaccepted finding). */
const TRANSITIONS: Record<FindingStatus, readonly FindingStatus[]> = {
  open: ["in_remediation", "fixed", "risk_accepted", "verified"],
  in_remediation: ["open", "fixed", "risk_accepted", "verified"],
  fixed: ["in_remediation", "verified"],
  risk_accepted: ["open", "in_remediation", "fixed", "risk_accepted"],
  verified: [],
};

export function canMoveFinding(from: FindingStatus, to: FindingStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
