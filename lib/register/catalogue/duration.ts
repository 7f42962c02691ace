/** Units of a retention period (GDPR Art. 5(1)(e) storage limitation; Art. 30(1)(f)). */
export const RETENTION_UNITS = ["months", "years"] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];

/** A retention period as the register records it: a whole number of months or years. */
export interface RetentionDuration {
  readonly value: number;
  readonly unit: RetentionUnit;
}

/**
 * A retention period in months, the unit in which declared periods are compared with legal
 * ceilings (GDPR Art. 5(1)(e); CPCE art. L34-1). Not calendar arithmetic: one year is 12 months.
 */
export function durationInMonths(duration: RetentionDuration): number {
  return duration.unit === "years" ? duration.value * 12 : duration.value;
}
