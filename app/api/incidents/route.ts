import { z } from "zod";
import { listIncidents } from "@/lib/incidents/queries";
import { readQuery, withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

const querySchema = z.strictObject({ scope: z.enum(["open", "all"]).default("all") });

/** The incidents list for the console (refetched by TanStack Query): `?scope=open` for the open ones only. */
export async function GET(request: Request) {
  return withActor(request, "incidents:read", async (actor) => {
    const { scope } = readQuery(request, querySchema);
    return Response.json(await listIncidents(actor, new Date(), undefined, scope), {
      headers: { "cache-control": "no-store" },
    });
  });
}
