import { z } from "zod";

/**
 * `TRT-0042`: the one pattern every parser of a register reference uses (forms,
 * consent purposes, imports, routes). At least four digits: after TRT-9999 comes
 * TRT-10000 (the database pads to four digits and never truncates).
 */
export const REGISTER_REFERENCE_PATTERN = /^TRT-\d{4,}$/;

/** A register reference typed or sent by someone: trimmed, upper-cased, then matched. */
export function registerReference(message = "register.errors.invalid") {
  return z.string({ error: message }).trim().toUpperCase().regex(REGISTER_REFERENCE_PATTERN, { error: message });
}

export const registerReferenceSchema = registerReference();
