import { intakeDetectionTest } from "@/lib/security-programme/intake/intake";
import { detectionTestIntakeSchema } from "@/lib/security-programme/intake/schema";
import { readJson, withApiKey } from "@/lib/route";

export const dynamic = "force-dynamic";

/**
 * The SOC pushes a detection-test result (simulated attack, purple team): API key with
 * `security:write`. 201 created, 200 for a known externalId, 400 with the fields at fault, 401, 403,
 * 413 over 1 MB; nothing written on any error.
 */
export async function POST(request: Request) {
  return withApiKey(request, "security:write", async (actor, now) => {
    const body = await readJson(request, detectionTestIntakeSchema);
    const { created, test } = await intakeDetectionTest(actor, body, now);
    return Response.json(test, { status: created ? 201 : 200 });
  });
}
