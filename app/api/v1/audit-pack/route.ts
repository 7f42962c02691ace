import { auditPackForKey } from "@/lib/exports/machine/audit-pack";
import { withApiKey } from "@/lib/route";

export const dynamic = "force-dynamic";
/** A pack of a year's data takes a while to build; the response starts once it is signed and recorded. */
export const maxDuration = 300;

/**
 * The signed audit pack of a period for archiving systems: API key with `exports:read`,
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD`. Recorded in the export history and audit-logged (`export.create`).
 */
export async function GET(request: Request) {
  return withApiKey(request, "exports:read", (key, now) => auditPackForKey(key, request, now));
}
