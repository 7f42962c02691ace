import { z } from "zod";
import { text as storableText } from "@/lib/validation";

/**
 * Building blocks of the register's zod schemas. Every message is an i18n key
 * (`register.errors.*`, texts in messages.fr.json / messages.en.json), never an English sentence.
 */
export const FIELD_ERRORS = {
  required: "register.errors.required",
  invalid: "register.errors.invalid",
  tooLong: "register.errors.tooLong",
  tooMany: "register.errors.tooMany",
  duplicate: "register.errors.duplicate",
  invalidDate: "register.errors.invalidDate",
  invalidOption: "register.errors.invalidOption",
  invalidCountry: "register.errors.invalidCountry",
  invalidNumber: "register.errors.invalidNumber",
} as const;

const missingOr = (fallback: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? FIELD_ERRORS.required : fallback;

/** Free text, trimmed; may be empty (completeness decides whether it is required). */
export function text(max = 500) {
  return storableText({ error: missingOr(FIELD_ERRORS.invalid) })
    .trim()
    .max(max, { error: FIELD_ERRORS.tooLong });
}

/** Text that can never be empty, not even in a draft. */
export function requiredText(max = 500) {
  return text(max).min(1, { error: FIELD_ERRORS.required });
}

/** A calendar date `YYYY-MM-DD`, or null when not set. */
export function optionalDate() {
  return z.iso.date({ error: missingOr(FIELD_ERRORS.invalidDate) }).nullable();
}

/** One value of a closed list of keys. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: missingOr(FIELD_ERRORS.invalidOption) });
}

/** A boolean answer. */
export function flag() {
  return z.boolean({ error: missingOr(FIELD_ERRORS.invalid) });
}

/** A whole number within bounds. */
export function wholeNumber(min: number, max: number) {
  return z
    .number({ error: missingOr(FIELD_ERRORS.invalidNumber) })
    .int({ error: FIELD_ERRORS.invalidNumber })
    .min(min, { error: FIELD_ERRORS.invalidNumber })
    .max(max, { error: FIELD_ERRORS.invalidNumber });
}

/** An ISO 3166-1 alpha-2 country code, upper-cased; empty while not yet known. */
export function countryCode() {
  return z
    .string({ error: missingOr(FIELD_ERRORS.invalidCountry) })
    .trim()
    .toUpperCase()
    .regex(/^([A-Z]{2})?$/, { error: FIELD_ERRORS.invalidCountry });
}

/** An object of fields; a missing or malformed object reports a message key too. */
export function fields<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.object(shape, { error: missingOr(FIELD_ERRORS.invalid) });
}

/** A list of at most `max` items. */
export function list<T extends z.ZodType>(item: T, max = 100) {
  return z.array(item, { error: missingOr(FIELD_ERRORS.invalid) }).max(max, {
    error: FIELD_ERRORS.tooMany,
  });
}

/** A list whose items are all different (the register treats it as a set). */
export function uniqueList<T extends z.ZodType>(item: T, max = 100) {
  return list(item, max).superRefine((items, ctx) => {
    const seen = new Set<unknown>();
    items.forEach((value, index) => {
      if (seen.has(value)) {
        ctx.addIssue({ code: "custom", path: [index], message: FIELD_ERRORS.duplicate });
      }
      seen.add(value);
    });
  });
}
