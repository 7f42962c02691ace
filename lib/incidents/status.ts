import type { ObligationClock } from "./types";
import type { ObligationId } from "./obligations/obligations";

export type IncidentStatus = "detected" | "investigating" | "contained" | "closed";

const NEXT: Record<IncidentStatus, readonly IncidentStatus[]> = {
  detected: ["investigating", "contained", "closed"],
  investigating: ["contained", "closed"],
  contained: ["investigating", "closed"],
  // Reopen.
  closed: ["investigating"],
};

/** The statuses an incident may move to: detected → investigating → contained → closed, and reopen. */
export function nextStatuses(status: IncidentStatus): readonly IncidentStatus[] {
  return NEXT[status];
}

export function canMove(from: IncidentStatus, to: IncidentStatus): boolean {
  return NEXT[from].includes(to);
}

/**
 * Obligations that stop an incident from being closed: every applicable obligation must be met,
 * or late with the reasons for the delay recorded (or declared not applicable by the DPO).
 */
export function closingBlockers(clocks: readonly ObligationClock[]): ObligationId[] {
  return clocks
    .filter((c) => c.status === "pending" || c.status === "overdue" || (c.status === "late" && c.delayReasonRequired))
    .map((c) => c.id);
}
