import { actorLabel } from "@/lib/auth/actor";
import { uploadReleaseSchema } from "@/lib/releases/schemas";
import { uploadRelease } from "@/lib/releases/upload";
import { readQuery, withActor } from "@/lib/route";
import { streamBody } from "@/lib/route-body";

/** A release file: 4 GB, about 50 M cells of an origin–destination table. */
const MAX_BYTES = 4 * 1024 ** 3;

/**
 * Upload a release of anonymised statistics for review (DPO). The body is the CSV itself
 * (`text/csv`, gzip accepted) so that it streams: one time window in memory at a time. The
 * release's recipient, purpose, series, register entry and threshold travel in the query string.
 * Answers 201 with the reference and the review's result (a refused review is a result too).
 */
export async function POST(request: Request) {
  return withActor(request, "releases:manage", async (actor, now) => {
    const input = readQuery(request, uploadReleaseSchema);
    const result = await uploadRelease({
      actor: { id: actor.id, label: actorLabel(actor) },
      now,
      input,
      body: streamBody(request, { maxBytes: MAX_BYTES, gzip: true }),
    });
    return Response.json(result, { status: 201 });
  });
}
