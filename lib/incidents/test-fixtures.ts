import { OBLIGATION_RULES, type ObligationId, type ObligationRule } from "./obligations/obligations";
import type { ComputeObligationsOptions, IncidentFacts, ObligationClock } from "./types";

/** Test helpers for the incident unit tests (not used by application code). */

/** An instant written with its offset, e.g. `at("2026-10-23T10:00:00+02:00")`. */
export function at(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`bad fixture instant ${iso}`);
  return date;
}

/** A customer-database breach at a telecom operator: every regime in play. */
export function incidentFacts(overrides: Partial<IncidentFacts> = {}): IncidentFacts {
  return {
    personalData: true,
    telecomService: true,
    nis2Significant: true,
    riskLevel: "high",
    art34Exception: null,
    dataUnintelligible: false,
    unintelligibleEvidence: null,
    occurredAt: at("2026-10-22T23:00:00+02:00"),
    detectedAt: at("2026-10-23T10:00:00+02:00"),
    awareAt: at("2026-10-23T10:00:00+02:00"),
    notifications: [],
    ...overrides,
  };
}

export const defaultOptions: ComputeObligationsOptions = { nis2Enabled: true };

/** The clock of one obligation; fails loudly when missing. */
export function clockOf(clocks: readonly ObligationClock[], id: ObligationId): ObligationClock {
  const clock = clocks.find((c) => c.id === id);
  if (!clock) throw new Error(`no clock for ${id}`);
  return clock;
}

/** The current row of obligation `id`; fails loudly when missing. */
export function currentRule(id: ObligationId): ObligationRule {
  const rule = OBLIGATION_RULES.find((r) => r.id === id && r.effectiveTo === null);
  if (!rule) throw new Error(`no current rule for ${id}`);
  return rule;
}

/** A future law change as data: GDPR Art. 33 at 96 h from 1 June 2027 (Paris midnight). */
export const GDPR_96H_FROM = at("2027-06-01T00:00:00+02:00");
export const rulesWithGdpr96h: readonly ObligationRule[] = [
  ...OBLIGATION_RULES.map((rule) => (rule.id === "gdpr-33" ? { ...rule, effectiveTo: GDPR_96H_FROM } : rule)),
  {
    ...currentRule("gdpr-33"),
    version: "gdpr-33@2027-06-01",
    period: { kind: "hours", hours: 96 },
    effectiveFrom: GDPR_96H_FROM,
    effectiveTo: null,
  },
];
