import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { intakeIncident } from "@/lib/incidents/intake";
import { intakeSchema } from "@/lib/incidents/intake-schema";
import { zodIssueList } from "@/lib/validation";

export const dynamic = "force-dynamic";

const badRequest = (errors: { path: string; message: string }[]) => Response.json({ errors }, { status: 400 });

/**
 * SIEM intake (issue 4): API key with `incidents:write`. 201 created, 200 when the externalId
 * is known (idempotent), 400 with `[{ path, message }]`, 401 bad key, 403 wrong scope.
 * Nothing is written on any error.
 */
export async function POST(request: Request) {
  const auth = await authenticateApiKey(request, "incidents:write");
  if (!auth.ok) return auth.response;
  let raw: unknown;
  try {
    raw = JSON.parse(await request.text());
  } catch {
    return badRequest([{ path: "", message: "malformed JSON" }]);
  }
  const parsed = intakeSchema.safeParse(raw);
  if (!parsed.success) return badRequest(zodIssueList(parsed.error));
  const { created, incident } = await intakeIncident(auth.client, parsed.data, new Date());
  return Response.json(incident, { status: created ? 201 : 200, headers: { location: `/api/v1/incidents/${incident.reference}` } });
}
