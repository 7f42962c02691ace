import { apiErrorMessage } from "@/lib/consent/ingest/api-messages";
import { ingestBatch } from "@/lib/consent/ingest/ingest";
import { apiAuditActor, readJsonItems, withApiKey } from "@/lib/route";

export const dynamic = "force-dynamic";

export const MAX_BATCH_EVENTS = 10_000;
export const MAX_BATCH_BYTES = 10 * 1024 * 1024;

/**
 * Consent events from machines (CMP, shop till, call-centre tool, app): scope `consent:write`.
 * A JSON array or NDJSON, gzip accepted; over 10 MB (sent or unpacked) or 10,000 events: 413.
 * Each event is validated on its own; the response lists what was accepted, what was already
 * stored (idempotent retries) and what was rejected with the reasons. A malformed or oversized
 * body stores nothing.
 */
export async function POST(request: Request) {
  return withApiKey(request, "consent:write", async (actor, now) => {
    const items = await readJsonItems(request, { maxBytes: MAX_BATCH_BYTES, maxItems: MAX_BATCH_EVENTS, gzip: true });
    const result = await ingestBatch({ items, sender: actor.keyId, actor: apiAuditActor(actor), now, via: "api" });
    const rejected = result.rejected.map((r) => ({
      ...r,
      errors: r.errors.map((e) => ({ path: e.path, message: apiErrorMessage(e.message) })),
    }));
    return Response.json({ accepted: result.accepted, duplicates: result.duplicates, rejected }, { status: 200 });
  });
}
