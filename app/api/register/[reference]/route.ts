import { z } from "zod";
import { referenceSchema } from "@/lib/register/action-schemas";
import { getActivity } from "@/lib/register/queries";
import { errorResponse, withActor } from "@/lib/route";
import { parseInput } from "@/lib/route-body";

const paramsSchema = z.object({ reference: referenceSchema });

/**
 * The current version of an entry (the edit form reads it after a refused, stale save). A
 * malformed reference (a NUL, `TRT-0001%00`) is refused with 400 naming it before any query.
 */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  return withActor(request, "register:read", async (actor) => {
    const { reference } = parseInput(paramsSchema, await params);
    const entry = await getActivity(actor, reference);
    if (!entry) return errorResponse("NOT_FOUND", "Not found");
    return Response.json(entry, { headers: { "cache-control": "no-store" } });
  });
}
