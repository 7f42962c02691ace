import { z } from "zod";

/**
 * Password policy (NIST SP 800-63B / ANSSI): length over composition rules.
 * 12 to 128 characters, not made of the e-mail address, not a well-known password.
 * Client-safe (no hashing here): the user forms validate with it too.
 */
const commonPasswords = new Set([
  "123456789012",
  "motdepasse123",
  "password1234",
  "azertyuiop12",
  "qwertyuiop12",
  "000000000000",
  "111111111111",
  "vigievigie12",
]);

export const passwordSchema = z
  .string()
  .min(12, { message: "users.errors.passwordTooShort" })
  .max(128, { message: "users.errors.passwordTooLong" })
  .refine((value) => !commonPasswords.has(value.toLowerCase()), { message: "users.errors.passwordTooCommon" })
  .refine((value) => new Set(value).size >= 5, { message: "users.errors.passwordTooSimple" });

/** The password must not contain the local part of the e-mail address. */
export function passwordMentionsEmail(password: string, email: string): boolean {
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  return local.length >= 4 && password.toLowerCase().includes(local);
}
