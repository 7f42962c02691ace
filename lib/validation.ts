import { z } from "zod";

/**
 * What PostgreSQL cannot store as given: U+0000 (refused by `text` and `jsonb`)
 * and lone UTF-16 surrogates (not Unicode: the drivers encode them as U+FFFD, so
 * the stored text would differ from the one the application holds).
 */
const UNSTORABLE = /[\u0000\p{Cs}]/u;

/** True when the database stores exactly this string: well-formed Unicode without NUL. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** The shared message key of the refusal (lib/i18n/messages). */
export const INVALID_TEXT = "errors.invalidText";

/**
 * The one text primitive every schema, form field, route and query parameter
 * starts from: a string of well-formed Unicode without NUL, refused otherwise
 * with a field error (`invalid`: another message, e.g. English for machines). Chain `.trim()`, `.min()`, `.max()`, `.regex()` as usual.
 */
export function text(params?: Parameters<typeof z.string>[0], invalid: string = INVALID_TEXT) {
  return z.string(params).refine(isStorableText, { message: invalid });
}

/** Zod issues as `{ "path.to.field": [messageKey, ...] }`, the shape forms display. */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Zod issues as `[{ path, message }]`, the shape the HTTP API returns. */
export function zodIssueList(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
}
