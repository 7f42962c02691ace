import { z } from "zod";
import { getAuditEntry } from "@/lib/audit/queries";
import { errorResponse, withActor } from "@/lib/route";
import { parseInput } from "@/lib/route-body";

/** An entry's number: digits only (no sign, no NUL, no exponent), within what the log can hold. */
const paramsSchema = z.object({
  seq: z
    .string()
    .regex(/^[1-9]\d{0,14}$/, "errors.validation")
    .transform(Number),
});

/**
 * One audit entry with its before / after / context, for the audit log's details (fetched when a row is
 * opened, so the page does not carry fifty entries' JSON). Audit readers only (DPO and auditor).
 */
export async function GET(request: Request, { params }: { params: Promise<{ seq: string }> }) {
  return withActor(request, "audit:read", async (actor) => {
    const { seq } = parseInput(paramsSchema, await params);
    const entry = await getAuditEntry(actor, seq);
    if (!entry) return errorResponse("NOT_FOUND", "Not found");
    return Response.json(entry, { headers: { "cache-control": "no-store" } });
  });
}
