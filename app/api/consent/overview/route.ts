import { consentOverview } from "@/lib/consent/dashboard/dashboard";
import { todayIn } from "@/lib/consent/dashboard/today";
import { withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

/** The overview card: opted-in rate per purpose with a 12-week sparkline. */
export async function GET(request: Request) {
  return withActor(request, "consent:read", async (actor) =>
    Response.json(await consentOverview(actor, todayIn(new Date())), { headers: { "cache-control": "no-store" } }),
  );
}
