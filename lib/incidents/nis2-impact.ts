import type { Nis2ImpactInput } from "@/db/schema/json-types";

export type { Nis2ImpactInput };

/**
 * NIS2 severity of an incident: its impact on the service, not the personal-data (ENISA) score.
 * NIS2 Art. 23(3): an incident is significant when it has caused or can cause severe operational
 * disruption of the services or financial loss for the entity, or considerable material or
 * non-material damage to other persons. Implementing Regulation (EU) 2024/2690 turns this into
 * thresholds: its Art. 3 criteria apply to every entity it covers (financial loss above
 * EUR 500 000 or 5 % of the annual turnover, whichever is lower; death or considerable damage to
 * health; suspected malicious unauthorised access able to cause severe disruption), and its
 * per-service articles add availability thresholds (e.g. Art. 7: complete unavailability for more
 * than 30 minutes; limited availability for more than 5 % of users or more than 1 million users,
 * whichever is lower, for more than one hour). Public electronic communications providers are not
 * among its per-service articles, so Vigie applies those availability thresholds by analogy; they
 * are data below, so an organisation's reading can change them. Pure and client-safe.
 */
export const NIS2_THRESHOLDS = {
  financialLossEur: 500_000,
  turnoverShare: 0.05,
  completeOutageMinutes: 30,
  degradedMinutes: 60,
  degradedShare: 0.05,
  degradedUsers: 1_000_000,
} as const;

/** The criteria of significance an incident meets (i18n `incidents.nis2Impact.criteria.<code>`). */
export const NIS2_CRITERIA = [
  "financial_loss",
  "service_unavailable",
  "service_degraded",
  "malicious_access",
  "harm_to_persons",
] as const;
export type Nis2Criterion = (typeof NIS2_CRITERIA)[number];

/** Facts still unknown that could make the incident significant. */
export type Nis2MissingFact = "usersAffected" | "durationMinutes" | "financialLossEur";

/**
 * `significant`: at least one criterion met. `not_significant`: none, every fact known.
 * `undetermined`: none met yet, but a fact that could meet one is unknown — counted as significant
 * until known (the NIS2 clocks run), the conservative reading.
 */
export type Nis2Level = "significant" | "not_significant" | "undetermined";

export interface Nis2Assessment {
  level: Nis2Level;
  criteria: Nis2Criterion[];
  missing: Nis2MissingFact[];
  /** Share of the service's recipients affected (0–1), when both counts are known. */
  shareAffected: number | null;
  /** The financial-loss threshold that applied (the lower of EUR 500 000 and 5 % of turnover). */
  financialThresholdEur: number;
  /** Other Member States affected: a cross-border impact to report (Art. 23(4)(a), (d)). */
  isCrossBorder: boolean;
}

/** Whether the incident counts as significant for the NIS2 clocks (`undetermined` does, until known). */
export const isNis2Significant = (assessment: Pick<Nis2Assessment, "level">) => assessment.level !== "not_significant";

export function assessNis2Impact(input: Nis2ImpactInput, thresholds = NIS2_THRESHOLDS): Nis2Assessment {
  const criteria: Nis2Criterion[] = [];
  const missing: Nis2MissingFact[] = [];
  const financialThresholdEur =
    input.annualTurnoverEur === null
      ? thresholds.financialLossEur
      : Math.min(thresholds.financialLossEur, input.annualTurnoverEur * thresholds.turnoverShare);
  if (input.financialLossEur === null) missing.push("financialLossEur");
  else if (input.financialLossEur > financialThresholdEur) criteria.push("financial_loss");

  const shareAffected =
    input.usersAffected !== null && input.totalUsers !== null && input.totalUsers > 0
      ? Math.min(1, input.usersAffected / input.totalUsers)
      : null;
  const minutes = input.durationMinutes;
  if (minutes === null) missing.push("durationMinutes");
  if (input.completeOutage) {
    if (minutes !== null && minutes > thresholds.completeOutageMinutes) criteria.push("service_unavailable");
  } else {
    const manyUsers =
      (shareAffected !== null && shareAffected > thresholds.degradedShare) ||
      (input.usersAffected !== null && input.usersAffected > thresholds.degradedUsers);
    if (input.usersAffected === null) missing.push("usersAffected");
    if (minutes !== null && minutes > thresholds.degradedMinutes && manyUsers) criteria.push("service_degraded");
  }
  if (input.maliciousAccess) criteria.push("malicious_access");
  if (input.harmToPersons) criteria.push("harm_to_persons");

  const level: Nis2Level =
    criteria.length > 0 ? "significant" : missing.length > 0 ? "undetermined" : "not_significant";
  return {
    level,
    criteria,
    missing: level === "significant" ? [] : missing,
    shareAffected,
    financialThresholdEur,
    isCrossBorder: input.geographicSpread === "cross_border" || input.memberStates.length > 0,
  };
}
