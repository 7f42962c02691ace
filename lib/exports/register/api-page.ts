import { z } from "zod";
import type { Executor } from "@/db/client";
import { recordJson, type RegisterPageJson } from "./json-schema";
import { readRegisterRecords } from "./source";

/**
 * What `GET /api/v1/register` reads (API key scope `register:read`, checked by the route): one page
 * of the register in the documented schema (docs/register-page.schema.json), current or as of a
 * day, with an opaque cursor naming the last entry of the previous page (keyset, stable while
 * entries are added). The route parses its query with `registerPageQuerySchema` (400 naming the
 * field) and audit-logs the call.
 */
const REFERENCE = /^TRT-\d{4,}$/;

export function encodeCursor(reference: string): string {
  return Buffer.from(reference, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return null;
  const reference = Buffer.from(cursor, "base64url").toString("utf8");
  return REFERENCE.test(reference) ? reference : null;
}

export const REGISTER_API_MAX_LIMIT = 500;

export const registerPageQuerySchema = z.object({
  asOf: z.iso.date({ error: "asOf: expected a calendar date YYYY-MM-DD" }).optional(),
  cursor: z
    .string()
    .max(64, { error: "cursor: not a cursor of this API" })
    .transform((value, ctx) => {
      const reference = decodeCursor(value);
      if (reference === null) ctx.addIssue({ code: "custom", message: "cursor: not a cursor of this API" });
      return reference ?? "";
    })
    .optional(),
  limit: z.coerce
    .number({ error: "limit: expected a whole number" })
    .int({ error: "limit: expected a whole number" })
    .min(1, { error: `limit: between 1 and ${REGISTER_API_MAX_LIMIT}` })
    .max(REGISTER_API_MAX_LIMIT, { error: `limit: between 1 and ${REGISTER_API_MAX_LIMIT}` })
    .default(100),
});
export type RegisterPageQuery = z.output<typeof registerPageQuerySchema>;

/** One page of the register; `nextCursor` is null on the last page. */
export async function readRegisterPage(
  db: Executor,
  query: RegisterPageQuery,
  timeZone: string,
): Promise<RegisterPageJson> {
  const asOf = query.asOf ?? null;
  const records = await readRegisterRecords(
    db,
    { asOf },
    { afterReference: query.cursor ?? null, limit: query.limit + 1, timeZone },
  );
  const page = records.slice(0, query.limit);
  const hasMore = records.length > query.limit;
  return {
    asOf,
    entries: page.map(recordJson),
    nextCursor: hasMore ? encodeCursor(page[page.length - 1]!.reference) : null,
  };
}
