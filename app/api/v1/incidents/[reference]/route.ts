import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { incidentForApi } from "@/lib/incidents/api-queries";
import { withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

async function respond(reference: string): Promise<Response> {
  const incident = await incidentForApi(reference, new Date());
  if (!incident) return Response.json({ error: `No incident ${reference}` }, { status: 404 });
  return Response.json(incident, { headers: { "cache-control": "no-store" } });
}

/** The incident with its `clocks` (issue 4): API key with `incidents:read`, or a signed-in session. */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  if (request.headers.get("authorization")) {
    const auth = await authenticateApiKey(request, "incidents:read");
    if (!auth.ok) return auth.response;
    return respond(reference);
  }
  return withActor(request, "incidents:read", () => respond(reference));
}
