import type { z } from "zod";

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
