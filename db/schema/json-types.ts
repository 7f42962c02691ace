/**
 * Shapes of the JSON columns as stored. The domain's zod schemas and types in lib/ must produce
 * exactly these (lib/incidents/json-columns.test.ts checks it at compile time).
 */

/** An obligation of the incident clock engine (lib/incidents/obligations/obligations.ts lists them with their rules). */
export type StoredObligationId =
  | "gdpr-33"
  | "gdpr-34"
  | "gdpr-34-public"
  | "eprivacy-611-initial"
  | "eprivacy-611-second"
  | "eprivacy-611-subscribers"
  | "nis2-early-warning"
  | "nis2-notification"
  | "nis2-final-report"
  | "nis2-recipients";

/** The DPO's decision that an obligation applies or not, with its mandatory reason. */
export type ObligationOverride = { obligation: StoredObligationId; applies: boolean; reason: string };

/** Inputs of the ENISA 2013 severity method recorded on an incident. */
export type SeverityInput = {
  dataType: "simple" | "behavioural" | "financial" | "sensitive";
  contextAdjustment: -3 | -2 | -1 | 0 | 1 | 2 | 3;
  contextReason?: string | null | undefined;
  easeOfIdentification: "negligible" | "limited" | "significant" | "maximum";
  confidentiality: "none" | "known_recipients" | "unknown_or_public";
  integrity: "none" | "recoverable" | "not_recoverable";
  availability: "none" | "temporary" | "permanent";
  malicious: boolean;
};

/** The organisation's suggested decision for each ENISA severity band. */
export type SeveritySuggestions = Record<
  "low" | "medium" | "high" | "very_high",
  "document_only" | "notify_authority" | "notify_authority_and_inform_people"
>;

/**
 * The impact of an incident on the service (NIS2 Art. 23(3)), as assessed by the security team:
 * `null` counts are not known yet.
 */
export type Nis2ImpactInput = {
  /** Recipients of the service affected. */
  usersAffected: number | null;
  /** Recipients of the service in total (for the share affected). */
  totalUsers: number | null;
  /** How long the service was unavailable or degraded, in minutes. */
  durationMinutes: number | null;
  /** Whether the service was completely unavailable (not only degraded) during that time. */
  completeOutage: boolean;
  geographicSpread: "local" | "regional" | "national" | "cross_border" | null;
  /** Other Member States affected (ISO 3166 codes), when the spread is cross-border. */
  memberStates: string[];
  /** Financial loss for the entity, in euros. */
  financialLossEur: number | null;
  /** The entity's annual turnover, in euros (5 % of it is a threshold). */
  annualTurnoverEur: number | null;
  /** Suspected malicious unauthorised access capable of causing severe operational disruption. */
  maliciousAccess: boolean;
  /** Death, considerable damage to health, or considerable damage to other persons. */
  harmToPersons: boolean;
};
