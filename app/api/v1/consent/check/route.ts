import { bodyText } from "@/lib/consent/campaigns/body-text";
import { runCampaignCheck } from "@/lib/consent/campaigns/check";
import { JsonListParser } from "@/lib/consent/campaigns/json-list";
import { NdjsonListParser } from "@/lib/consent/campaigns/ndjson-list";
import { apiAuditActor, RouteError, withApiKey } from "@/lib/route";

export const dynamic = "force-dynamic";

/** 1,000,000 references of up to 128 characters, quoted, one per line: the largest legitimate list. */
export const MAX_CHECK_BYTES = 160 * 1024 * 1024;

/**
 * The consent gate of marketing campaigns (issue 17), scope `consent:read`: which references of a
 * list may be contacted now for a purpose, on a channel, for a campaign. JSON
 * `{ purpose, channel, campaign, subscriberRefs: [...] }` or NDJSON (header object, then one
 * reference per line), gzip accepted, up to 1,000,000 references and 160 MB (sent or unpacked),
 * streamed both ways. README, "Consent gate for campaigns".
 */
export async function POST(request: Request) {
  return withApiKey(request, "consent:read", async (actor, now) => {
    const type = (request.headers.get("content-type") ?? "application/json").toLowerCase();
    const ndjson = type.startsWith("application/x-ndjson");
    if (!ndjson && !type.startsWith("application/json"))
      throw new RouteError("UNSUPPORTED_MEDIA_TYPE", "Send application/json or application/x-ndjson");
    return runCampaignCheck({
      chunks: bodyText(request, MAX_CHECK_BYTES),
      makeParser: (sink, onHeader) => (ndjson ? new NdjsonListParser(sink, onHeader) : new JsonListParser(sink)),
      answer: ndjson ? "ndjson" : "json",
      requester: { via: "api", apiKeyId: actor.keyId, audit: apiAuditActor(actor) },
      now,
    });
  });
}
