import { entryLinksJson } from "@/lib/register/lookup";
import { withActor } from "@/lib/route";

/** Every register entry (reference, name, status, data categories) for the pickers of other domains. */
export async function GET(request: Request) {
  return withActor(
    request,
    "register:read",
    async (actor) =>
      new Response(await entryLinksJson(actor), {
        headers: { "content-type": "application/json", "cache-control": "no-store" },
      }),
  );
}
