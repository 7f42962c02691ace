import { z } from "zod";
import { incidentOverview } from "@/lib/incidents/overview";
import { readQuery, withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

/** The overview card's figures (refetched by TanStack Query): open and overdue counts, the nearest deadlines. */
export async function GET(request: Request) {
  return withActor(request, "incidents:read", async (actor) => {
    readQuery(request, z.strictObject({}));
    return Response.json(await incidentOverview(actor, new Date()), { headers: { "cache-control": "no-store" } });
  });
}
