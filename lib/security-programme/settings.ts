import type { Criticality, Severity } from "./vocabulary";

/** The security programme's configurable periods (one row in `security_settings`). */
export interface SecurityProgrammeSettings {
  /** A system holding sensitive personal data is flagged when not audited for this many years. */
  auditIntervalYears: Record<Criticality, number>;
  /** A finding's due date: its opening day plus this many days, by severity. */
  findingDueDays: Record<Severity, number>;
}

export const DEFAULT_SECURITY_SETTINGS: SecurityProgrammeSettings = {
  auditIntervalYears: { critical: 1, high: 2, medium: 3, low: 3 },
  findingDueDays: { critical: 30, high: 90, medium: 180, low: 365 },
};
