import { registerPageForKey } from "@/lib/exports/machine/register-page";
import { withApiKey } from "@/lib/route";

export const dynamic = "force-dynamic";

/**
 * The register for machines: API key with `register:read`; `?asOf=YYYY-MM-DD`, `?limit=1..500`,
 * `?cursor=` from the previous page's `nextCursor`. Each call is audit-logged (`register.api_read`).
 */
export async function GET(request: Request) {
  return withApiKey(request, "register:read", (key, now) => registerPageForKey(key, request, now));
}
