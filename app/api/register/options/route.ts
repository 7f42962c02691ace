import { listEntryLinks } from "@/lib/register/lookup";
import { withActor } from "@/lib/route";

/** Every register entry (reference, name, status, data categories) for the pickers of other domains. */
export async function GET(request: Request) {
  return withActor(request, "register:read", async (actor) =>
    Response.json(await listEntryLinks(actor), { headers: { "cache-control": "no-store" } }),
  );
}
