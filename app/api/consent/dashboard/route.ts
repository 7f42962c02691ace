import { consentDashboard } from "@/lib/consent/dashboard/dashboard";
import { parseDashboardFilters } from "@/lib/consent/dashboard/filters";
import { todayIn } from "@/lib/consent/dashboard/today";
import { toDashboardWire } from "@/lib/consent/dashboard/wire";
import { withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

/** The consent dashboard's figures for the filters in the query string (rollups only), in columns (lib/consent/dashboard/wire.ts). */
export async function GET(request: Request) {
  return withActor(request, "consent:read", async (actor) => {
    const filters = parseDashboardFilters(new URL(request.url).searchParams, todayIn(new Date()));
    return Response.json(toDashboardWire(await consentDashboard(actor, filters)), {
      headers: { "cache-control": "no-store" },
    });
  });
}
