import { unsafeIncidentForApi } from "@/lib/incidents/intake/api-queries";
import { errorResponse, withApiKeyOrActor } from "@/lib/route";

export const dynamic = "force-dynamic";

/** The incident with its `clocks`: API key with `incidents:read`, or a signed-in session holding it. */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  return withApiKeyOrActor(request, { scope: "incidents:read", permission: "incidents:read" }, async (now) => {
    const incident = await unsafeIncidentForApi(reference, now);
    if (!incident) return errorResponse("NOT_FOUND", `No incident ${reference}`);
    return Response.json(incident, { headers: { "cache-control": "no-store" } });
  });
}
