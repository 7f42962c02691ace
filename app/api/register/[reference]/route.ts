import { getActivity } from "@/lib/register/queries";
import { errorResponse, withActor } from "@/lib/route";

/** The current version of an entry (the edit form reads it after a refused, stale save). */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  return withActor(request, "register:read", async (actor) => {
    const entry = await getActivity(actor, (await params).reference);
    if (!entry) return errorResponse("NOT_FOUND", "Not found");
    return Response.json(entry, { headers: { "cache-control": "no-store" } });
  });
}
