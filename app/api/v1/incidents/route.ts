import { intakeIncident } from "@/lib/incidents/intake/intake";
import { intakeSchemaAt } from "@/lib/incidents/intake/schema";
import { readJson, withApiKey } from "@/lib/route";

export const dynamic = "force-dynamic";

/**
 * SIEM intake: API key with `incidents:write`. 201 created, 200 when the externalId is known
 * (idempotent), 400 with the fields at fault, 401 bad key, 403 wrong scope, 413 over 1 MB.
 * Nothing is written on any error.
 */
export async function POST(request: Request) {
  return withApiKey(request, "incidents:write", async (actor, now) => {
    const body = await readJson(request, intakeSchemaAt(now));
    const { created, incident } = await intakeIncident(actor, body, now);
    return Response.json(incident, {
      status: created ? 201 : 200,
      headers: { location: `/api/v1/incidents/${incident.reference}` },
    });
  });
}
