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

const LEVELS = ["critical", "high", "medium", "low"] as const;

/**
 * One period per level, most severe first; a level may not be given longer than the next, less severe,
 * one (a critical finding due after a high one, a critical system audited less often than a high one):
 * the field that breaks the order is named.
 */
const byLevel = (max: number, range: string, order: string) =>
  z
    .strictObject(
      {
        critical: wholeNumber(max, range),
        high: wholeNumber(max, range),
        medium: wholeNumber(max, range),
        low: wholeNumber(max, range),
      },
      { error: E.invalid },
    )
    .superRefine((periods, ctx) => {
      // Only between periods that are valid on their own (a value out of range already has its error).
      const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= max;
      LEVELS.slice(0, -1).forEach((level, index) => {
        const next = periods[LEVELS[index + 1]!];
        if (valid(periods[level]) && valid(next) && periods[level] > next)
          ctx.addIssue({ code: "custom", path: [level], message: order });
      });
    });

/** The security programme's settings: audit interval (years) per criticality, finding due days per severity. */
export const securitySettingsSchema = z.strictObject({
  auditIntervalYears: byLevel(SETTINGS_LIMITS.auditIntervalYears, E.yearsRange, E.yearsOrder),
  findingDueDays: byLevel(SETTINGS_LIMITS.findingDueDays, E.daysRange, E.daysOrder),
});
export type SecuritySettingsValues = z.input<typeof securitySettingsSchema>;
