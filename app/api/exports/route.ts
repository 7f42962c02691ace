import { listExportHistory } from "@/lib/exports/centre/queries";
import { withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

/** The export history this person may see (the page refreshes it when a job completes). */
export async function GET(request: Request) {
  return withActor(request, "exports:read", async (actor) =>
    Response.json(await listExportHistory(actor), { headers: { "cache-control": "no-store" } }),
  );
}
