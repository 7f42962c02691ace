import { z } from "zod";
import { renderDraftPdf } from "@/lib/incidents/pdf";
import { REFERENCE_PATTERN } from "@/lib/incidents/reference";
import { withActor } from "@/lib/route";
import { zodIssueList } from "@/lib/validation";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ title: z.string().trim().min(1).max(300), text: z.string().max(20000) });

/** The (edited) draft sent by the page, as a PDF to download. Writes nothing. */
export async function POST(request: Request, { params }: { params: Promise<{ reference: string }> }) {
  const { reference } = await params;
  return withActor(request, "incidents:read", async () => {
    if (!REFERENCE_PATTERN.test(reference)) return Response.json({ error: "bad reference" }, { status: 404 });
    let raw: unknown;
    try {
      raw = await request.json();
    } catch {
      return Response.json({ errors: [{ path: "", message: "malformed JSON" }] }, { status: 400 });
    }
    const parsed = bodySchema.safeParse(raw);
    if (!parsed.success) return Response.json({ errors: zodIssueList(parsed.error) }, { status: 400 });
    const pdf = await renderDraftPdf(parsed.data.title, parsed.data.text, `${reference} — Vigie — ${new Date().toISOString()}`);
    return new Response(new Uint8Array(pdf), {
      headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${reference}-draft.pdf"`, "cache-control": "no-store" },
    });
  });
}
