import { z } from "zod";
import { downloadExport } from "@/lib/exports/centre/download";
import { errorResponse, withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

/** Download a complete export from the history. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return withActor(request, "exports:read", async (actor) => {
    if (!z.uuid().safeParse(id).success)
      return errorResponse("VALIDATION", "errors.validation", [{ path: "id", message: "must be a UUID" }]);
    return downloadExport(actor, id, request);
  });
}
