import { intakeFinding } from "@/lib/security-programme/intake/intake";
import { findingIntakeSchema } from "@/lib/security-programme/intake/schema";
import { readJson, withApiKey } from "@/lib/route";

export const dynamic = "force-dynamic";

/**
 * The vulnerability tracker pushes a finding: API key with `security:write`. 201 created, 200 when
 * the externalId is known (idempotent), 400 with the fields at fault (an unknown system names
 * `systems.N`), 401 bad key, 403 wrong scope, 413 over 1 MB. Nothing is written on any error.
 */
export async function POST(request: Request) {
  return withApiKey(request, "security:write", async (actor, now) => {
    const body = await readJson(request, findingIntakeSchema);
    const { created, finding } = await intakeFinding(actor, body, now);
    return Response.json(finding, { status: created ? 201 : 200 });
  });
}
