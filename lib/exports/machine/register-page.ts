import "server-only";
import { getDb } from "@/db/client";
import { organisation } from "@/db/schema";
import { apiAuditActor, type ApiActor } from "@/lib/api-keys/authenticate";
import { appendAudit } from "@/lib/audit/write";
import { RouteError, readQuery } from "@/lib/route";
import { DEFAULT_TIME_ZONE, isoDateInZone } from "@/lib/time/zone-days";
import { readRegisterPage, registerPageQuerySchema } from "../register/api-page";

/**
 * `GET /api/v1/register` behind `withApiKey("register:read")`: one page of the register in the
 * published schema (docs/register-page.schema.json), current or as of a past day. The page is
 * read and its `register.api_read` entry (the key, the query, the references returned) written in
 * one transaction that writes nothing else: no answer leaves without its entry.
 */
export async function registerPageForKey(key: ApiActor, request: Request, now: Date): Promise<Response> {
  const query = readQuery(request, registerPageQuerySchema);
  const page = await getDb().transaction(async (tx) => {
    const [org] = await tx.select({ timeZone: organisation.timeZone }).from(organisation).limit(1);
    const timeZone = org?.timeZone ?? DEFAULT_TIME_ZONE;
    const today = isoDateInZone(now, timeZone);
    if (query.asOf && query.asOf > today)
      throw new RouteError("VALIDATION", "The query has invalid parameters", [
        { path: "asOf", message: `asOf: after today (${today})` },
      ]);
    const result = await readRegisterPage(tx, query, timeZone);
    const references = result.entries.map((entry) => entry.reference);
    await appendAudit(
      tx,
      apiAuditActor(key),
      {
        action: "register.api_read",
        entityType: "processing_activity",
        entityId: null,
        meta: {
          asOf: query.asOf ?? null,
          limit: query.limit,
          after: query.cursor ?? null,
          count: references.length,
          first: references[0] ?? null,
          last: references.at(-1) ?? null,
        },
      },
      now,
    );
    return result;
  });
  return Response.json(page, { headers: { "cache-control": "no-store" } });
}
