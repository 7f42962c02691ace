import { downloadReleaseFile } from "@/lib/releases/downloads";
import { withActor } from "@/lib/route";

/**
 * A release's files: `release.csv` (suppressed cells blank, with the marker column), only once
 * the DPO has approved the release; `review.pdf`, the review report, once decided.
 */
export async function GET(request: Request, { params }: { params: Promise<{ reference: string; file: string }> }) {
  return withActor(request, "releases:read", async (actor) => {
    const { reference, file } = await params;
    return downloadReleaseFile(actor, reference, file);
  });
}
