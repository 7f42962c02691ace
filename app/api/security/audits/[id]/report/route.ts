import { z } from "zod";
import { withActor } from "@/lib/route";
import { parseInput } from "@/lib/route-body";
import { downloadAuditReport } from "@/lib/security-programme/report-download";

export const dynamic = "force-dynamic";

const paramsSchema = z.object({ id: z.uuid({ error: "must be a UUID" }) });

/**
 * An audit's report file, for whoever reads the security programme (the auditor too): the stored
 * bytes with their SHA-256 in `X-Content-SHA256`. 400 naming `id` when it is not a UUID (a NUL, a
 * lone surrogate), 404 for an unknown audit or one recorded without a file.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return withActor(request, "security:read", async (actor, now) => {
    const { id } = parseInput(paramsSchema, await params);
    return downloadAuditReport(actor, id, now);
  });
}
