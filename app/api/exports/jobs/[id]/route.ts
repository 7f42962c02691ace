import { z } from "zod";
import { readExportJob } from "@/lib/exports/centre/queries";
import { errorResponse, withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

/** One of the caller's export jobs: status and progress, polled by the page while it runs. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withActor(request, "exports:read", async (actor) => {
    if (!z.uuid().safeParse(id).success)
      return errorResponse("VALIDATION", "errors.validation", [{ path: "id", message: "must be a UUID" }]);
    const job = await readExportJob(actor, id, new Date());
    if (!job) return errorResponse("NOT_FOUND", "errors.notFound");
    return Response.json(job, { headers: { "cache-control": "no-store" } });
  });
}
