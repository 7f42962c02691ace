import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { apiErrorMessage } from "@/lib/consent/api-messages";
import { ingestBatch } from "@/lib/consent/ingest";
import { readEventsBody } from "@/lib/consent/read-body";

export const dynamic = "force-dynamic";

/**
 * Consent events from machines (CMP, shop till, call-centre tool, app): scope
 * `consent:write`. Each event is validated on its own; the response lists what
 * was accepted, what was already stored (idempotent retries) and what was
 * rejected with the reasons. A malformed or oversized body stores nothing.
 */
export async function POST(request: Request) {
  const now = new Date();
  const auth = await authenticateApiKey(request, "consent:write", { now });
  if (!auth.ok) return auth.response;
  const body = await readEventsBody(request);
  if (!body.ok) return Response.json({ error: body.error }, { status: body.status });
  const result = await ingestBatch({
    items: body.items,
    sender: auth.client.keyId,
    actor: { id: null, label: `API key ${auth.client.name} (${auth.client.keyId})` },
    now,
    via: "api",
  });
  const rejected = result.rejected.map((r) => ({ ...r, errors: r.errors.map((e) => ({ path: e.path, message: apiErrorMessage(e.message) })) }));
  return Response.json({ accepted: result.accepted, duplicates: result.duplicates, rejected }, { status: 200 });
}
