import { actorLabel } from "@/lib/auth/actor";
import { bodyText } from "@/lib/consent/campaigns/body-text";
import { runCampaignCheck } from "@/lib/consent/campaigns/check";
import { CsvListParser } from "@/lib/consent/campaigns/csv-list";
import { checkHeaderSchema } from "@/lib/consent/campaigns/rules";
import { readQuery, withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

const MAX_CSV_BYTES = 160 * 1024 * 1024;

/**
 * The campaign check from the UI (DPO, `consent:check`): the CSV file of references as the body,
 * `purpose`, `channel` and `campaign` in the query; the same gate as `POST /api/v1/consent/check`,
 * answered in NDJSON so the page shows progress as the allowed references arrive.
 */
export async function POST(request: Request) {
  return withActor(request, "consent:check", async (actor, now) => {
    const header = readQuery(request, checkHeaderSchema.strict());
    return runCampaignCheck({
      chunks: bodyText(request, MAX_CSV_BYTES),
      makeParser: (sink, onHeader) => {
        onHeader();
        return new CsvListParser(sink, header);
      },
      answer: "ndjson",
      requester: { via: "ui", userId: actor.id, audit: { id: actor.id, label: actorLabel(actor) } },
      now,
    });
  });
}
