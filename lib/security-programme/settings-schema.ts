import { z } from "zod";
import { E } from "./schemas";

/** Sane bounds of the programme's periods: an audit at least every 10 years, a finding due within 3 years. */
export const SETTINGS_LIMITS = { auditIntervalYears: 10, findingDueDays: 1095 } as const;

/** A whole number from 1 to `max`, typed (a number) or as a form sends it (digits only: no "1e3", no "0x10"). */
const wholeNumber = (max: number, range: string) =>
  z
    .union([z.number(), z.string()], { error: E.wholeNumber })
    .transform((value) => (typeof value === "number" ? value : /^\d{1,9}$/.test(value.trim()) ? Number(value) : NaN))
    .pipe(
      z
        .number({ error: E.wholeNumber })
        .int({ error: E.wholeNumber })
        .min(1, { error: range })
        .max(max, { error: range }),
    );

const byLevel = (max: number, range: string) =>
  z.strictObject(
    {
      critical: wholeNumber(max, range),
      high: wholeNumber(max, range),
      medium: wholeNumber(max, range),
      low: wholeNumber(max, range),
    },
    { error: E.invalid },
  );

/** The security programme's settings: audit interval (years) per criticality, finding due days per severity. */
export const securitySettingsSchema = z.strictObject({
  auditIntervalYears: byLevel(SETTINGS_LIMITS.auditIntervalYears, E.yearsRange),
  findingDueDays: byLevel(SETTINGS_LIMITS.findingDueDays, E.daysRange),
});
export type SecuritySettingsValues = z.input<typeof securitySettingsSchema>;
