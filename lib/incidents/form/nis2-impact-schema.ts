import { z } from "zod";
import type { Nis2ImpactInput } from "@/db/schema/json-types";

/**
 * The NIS2 impact form (Art. 23(3)): counts typed as text, empty meaning "not known yet"; the
 * Member States as ISO 3166 codes, one per line or comma-separated. Client-safe; messages are keys.
 */
const E = {
  invalid: "incidents.errors.invalid",
  invalidOption: "incidents.errors.invalidOption",
  tooLong: "incidents.errors.tooLong",
  usersOverTotal: "incidents.errors.nis2UsersOverTotal",
  memberStatesNeedCrossBorder: "incidents.errors.nis2MemberStatesNeedCrossBorder",
  memberState: "incidents.errors.nis2MemberState",
} as const;

export const GEOGRAPHIC_SPREADS = ["local", "regional", "national", "cross_border"] as const;

/** A whole number of at most 15 digits (euros, users, minutes), or empty: not known. */
const amount = z
  .union([
    z.literal(""),
    z.null(),
    z.coerce
      .number({ error: E.invalid })
      .int({ error: E.invalid })
      .min(0, { error: E.invalid })
      .max(999_999_999_999_999, { error: E.invalid }),
  ])
  .optional()
  .transform((value) => (typeof value === "number" ? value : null));
const memberStates = z
  .union([
    z.string({ error: E.invalid }).transform((v) => v.split(/[\n,;\s]+/)),
    z.array(z.string({ error: E.invalid })),
  ])
  .optional()
  .transform((items) => [...new Set((items ?? []).map((item) => item.trim().toUpperCase()).filter(Boolean))])
  .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, { error: E.memberState })).max(30, { error: E.tooLong }));

export const nis2ImpactSchema = z
  .object({
    usersAffected: amount,
    totalUsers: amount,
    durationMinutes: amount,
    completeOutage: z.boolean({ error: E.invalid }).default(false),
    geographicSpread: z
      .union([z.literal(""), z.null(), z.enum(GEOGRAPHIC_SPREADS, { error: E.invalidOption })])
      .optional()
      .transform((v) => v || null),
    memberStates,
    financialLossEur: amount,
    annualTurnoverEur: amount,
    maliciousAccess: z.boolean({ error: E.invalid }).default(false),
    harmToPersons: z.boolean({ error: E.invalid }).default(false),
  })
  .superRefine((input, ctx) => {
    if (input.usersAffected !== null && input.totalUsers !== null && input.usersAffected > input.totalUsers)
      ctx.addIssue({ code: "custom", path: ["usersAffected"], message: E.usersOverTotal });
    if (input.memberStates.length > 0 && input.geographicSpread !== "cross_border")
      ctx.addIssue({ code: "custom", path: ["memberStates"], message: E.memberStatesNeedCrossBorder });
  });

export const assessNis2ImpactSchema = z
  .object({ id: z.uuid({ error: E.invalid }), version: z.coerce.number({ error: E.invalid }).int().positive() })
  .and(nis2ImpactSchema);

export type Nis2ImpactFormInput = z.input<typeof nis2ImpactSchema>;
export type Nis2ImpactValues = z.output<typeof nis2ImpactSchema> & Nis2ImpactInput;
