import { nextDeadline } from "./clocks/clocks";
import type { IncidentRow } from "./clocks/facts";
import { computeSeverity, type SeverityBand } from "./severity";
import type { Regime, ObligationId } from "./obligations/obligations";
import type { ObligationClock, ObligationStatus } from "./types";

/** One row of the incidents list, shaped for the client (instants as ISO strings). */
export interface IncidentSummaryDTO {
  id: string;
  reference: string;
  title: string;
  status: IncidentRow["status"];
  band: SeverityBand | null;
  regimes: Regime[];
  next: { obligation: ObligationId; dueAt: string; status: ObligationStatus } | null;
  owner: string | null;
  detectedAt: string;
  /** Facts still unknown (issue 14): their obligations apply provisionally until the DPO confirms. */
  toConfirm: ("personalData" | "telecomService")[];
}

/** The overview's card: how many incidents are open and overdue, and only the few nearest deadlines. */
export interface IncidentOverviewDTO {
  open: number;
  /** Open incidents whose next deadline has passed. */
  overdue: number;
  nearest: IncidentSummaryDTO[];
  /** Open incidents whose scope (personal data, communications service) is still unknown. */
  toConfirmCount: number;
  /** The first of them, most urgent first. */
  toConfirm: IncidentSummaryDTO[];
}

/** The scope facts a SIEM (or a person) left unknown. */
export function scopeToConfirm(row: Pick<IncidentRow, "personalData" | "telecomService">) {
  return (["personalData", "telecomService"] as const).filter((field) => row[field] === null);
}

const REGIMES: Regime[] = ["gdpr", "eprivacy", "nis2"];

export function regimesOf(clocks: readonly ObligationClock[]): Regime[] {
  return REGIMES.filter((regime) => clocks.some((c) => c.applies && c.rule?.regime === regime));
}

export function toSummary(
  row: IncidentRow,
  clocks: readonly ObligationClock[],
  owner: string | null,
): IncidentSummaryDTO {
  const next = row.status === "closed" ? null : nextDeadline(clocks);
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    band: row.severity ? computeSeverity(row.severity).band : null,
    regimes: regimesOf(clocks),
    next: next ? { obligation: next.id, dueAt: next.dueAt.toISOString(), status: next.status } : null,
    owner,
    detectedAt: row.detectedAt.toISOString(),
    toConfirm: scopeToConfirm(row),
  };
}

/** Default order: overdue first, then the nearest deadline, then the most recent detection. */
export function compareByUrgency(a: IncidentSummaryDTO, b: IncidentSummaryDTO): number {
  const rank = (s: IncidentSummaryDTO) => (s.next ? (s.next.status === "overdue" ? 0 : 1) : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.next && b.next) return a.next.dueAt.localeCompare(b.next.dueAt);
  return b.detectedAt.localeCompare(a.detectedAt);
}
