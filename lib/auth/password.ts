import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

/**
 * Password policy (NIST SP 800-63B / ANSSI): length over composition rules.
 * 12 to 128 characters, not made of the e-mail address, not a well-known password.
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

const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** A random password shown once to the DPO (20 characters, about 117 bits). */
export function generatePassword(length = 20): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

const argonOptions = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spend the same time as a real check when the account does not exist. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword("dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
}
