import { recentActivity } from "@/lib/audit/queries";
import { toRecentActivity } from "@/lib/audit/query-options";
import { withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

/** The overview's recent activity (polled every 30 s): the whole log for audit readers, otherwise one's own actions. */
export async function GET(request: Request) {
  return withActor(request, "overview:read", async (actor) => {
    const body = toRecentActivity(await recentActivity(actor), new Date());
    return Response.json(body, { headers: { "cache-control": "no-store" } });
  });
}
