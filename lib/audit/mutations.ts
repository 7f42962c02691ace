import { z } from "zod";
import { defineMutation } from "@/lib/action";
import { verifyAuditChain } from "./verify";

/** Verify the whole chain; the verification itself is recorded, with its verdict. */
export const verifyChain = defineMutation({
  name: "audit.verify",
  permission: "audit:verify",
  schema: z.object({}).strict(),
  async run({ tx }) {
    const verdict = await verifyAuditChain(tx);
    return { data: verdict, audit: { action: "audit.verify", entityType: "audit_log", meta: verdict } };
  },
});
