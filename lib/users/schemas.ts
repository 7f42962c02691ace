import { startOfDayInZone } from "@/lib/time/zone-days";
import { z } from "zod";
import { passwordSchema } from "@/lib/auth/password-policy";
import { roles } from "@/lib/auth/permissions";

/** Client-safe schemas shared by the user forms and their server actions. Messages are translation keys. */
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(320)
  .pipe(z.email({ message: "users.errors.emailInvalid" }));
const name = z
  .string()
  .trim()
  .min(2, { message: "users.errors.nameRequired" })
  .max(120, { message: "users.errors.nameTooLong" });
const role = z.enum(roles, { message: "users.errors.roleInvalid" });
/** A date from an `<input type="date">` (YYYY-MM-DD) or an ISO instant; empty = none. */
const expiry = z
  .union(
    [
      z.literal(""),
      z.null(),
      z.iso.date({ message: "users.errors.dateInvalid" }),
      z.iso.datetime({ offset: true, message: "users.errors.dateInvalid" }),
    ],
    {
      message: "users.errors.dateInvalid",
    },
  )
  .optional()
  .transform((value) => (value ? value : null));

const passwordChoice = z.discriminatedUnion("passwordMode", [
  z.object({ passwordMode: z.literal("generate") }),
  z.object({ passwordMode: z.literal("set"), password: passwordSchema }),
]);

function requireAuditorExpiry(value: { role: string; expiresAt: string | null }, ctx: z.RefinementCtx) {
  if (value.role === "auditor" && !value.expiresAt) {
    ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "users.errors.auditorExpiryRequired" });
  }
}

export const createUserSchema = z
  .object({ name, email, role, expiresAt: expiry })
  .and(passwordChoice)
  .superRefine(requireAuditorExpiry);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({ id: z.uuid(), version: z.coerce.number().int().positive(), name, role, expiresAt: expiry })
  .superRefine(requireAuditorExpiry);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const setUserActiveSchema = z.object({
  id: z.uuid(),
  version: z.coerce.number().int().positive(),
  active: z.boolean(),
});

export const resetPasswordSchema = z.object({ id: z.uuid() }).and(passwordChoice);

export const setLocaleSchema = z.object({ locale: z.enum(["fr", "en"]) });

/** Expiry dates typed as a day mean the end of that day in the organisation's zone; ISO instants are kept. */
export function expiryInstant(value: string | null, timeZone = "Europe/Paris"): Date | null {
  if (!value) return null;
  if (value.length !== 10) return new Date(value);
  // The last millisecond of that day in the zone.
  return new Date(startOfDayInZone(value, timeZone, 1).getTime() - 1);
}
