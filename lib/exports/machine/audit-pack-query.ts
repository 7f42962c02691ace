import { z } from "zod";

/**
 * The query of `GET /api/v1/audit-pack?from=YYYY-MM-DD&to=YYYY-MM-DD`: a period of days in the
 * organisation's zone, from on or before to, neither after today (the clock is an argument),
 * at most a year and a day long. Messages are English sentences naming the parameter (machines read them).
 */
export const AUDIT_PACK_MAX_DAYS = 366;
const EARLIEST_DAY = "1970-01-01";
const DAY_MS = 86_400_000;

const day = (name: string) => z.iso.date({ error: `${name}: expected a calendar date YYYY-MM-DD` });

/** Days from `from` to `to`, both counted. */
export function daysInPeriod(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

export function auditPackQuerySchema(today: string) {
  return z.strictObject({ from: day("from"), to: day("to") }).superRefine(({ from, to }, ctx) => {
    const issue = (path: "from" | "to", message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (from < EARLIEST_DAY) issue("from", `from: on or after ${EARLIEST_DAY}`);
    if (from > today) issue("from", `from: after today (${today})`);
    if (to > today) issue("to", `to: after today (${today}); ask for a period that has begun and ended`);
    if (to < from) issue("to", "to: before from");
    else if (daysInPeriod(from, to) > AUDIT_PACK_MAX_DAYS)
      issue("to", `to: a period holds at most ${AUDIT_PACK_MAX_DAYS} days`);
  });
}
export type AuditPackQuery = z.output<ReturnType<typeof auditPackQuerySchema>>;
