import { listIncidents } from "@/lib/incidents/queries";
import { withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

/** The incidents list for the console (refetched by TanStack Query). */
export async function GET(request: Request) {
  return withActor(request, "incidents:read", async (actor) =>
    Response.json(await listIncidents(actor, new Date()), { headers: { "cache-control": "no-store" } }),
  );
}
