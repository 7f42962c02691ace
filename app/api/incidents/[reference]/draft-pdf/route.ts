import { z } from "zod";
import { renderDraftPdf } from "@/lib/incidents/drafts/pdf";
import { REFERENCE_PATTERN } from "@/lib/incidents/reference";
import { errorResponse, readJson, withActor } from "@/lib/route";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ title: z.string().trim().min(1).max(300), text: z.string().max(20000) });

/** The (edited) draft sent by the page, as a PDF to download. Writes nothing. */
export async function POST(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  return withActor(request, "incidents:read", async (_actor, now) => {
    if (!REFERENCE_PATTERN.test(reference)) return errorResponse("NOT_FOUND", `No incident ${reference}`);
    const body = await readJson(request, bodySchema, 256 * 1024);
    const pdf = await renderDraftPdf(body.title, body.text, `${reference} — Vigie — ${now.toISOString()}`);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${reference}-draft.pdf"`,
        "cache-control": "no-store",
      },
    });
  });
}
