import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { organisation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { ProcessingActivity } from "../schemas";

/** A new entry starts with the operator as the organisation and its DPO's contact (Art. 30(1)(a)). */
export async function getOrganisationDefaults(
  actor: Actor,
  db: Executor = getDb(),
): Promise<Pick<ProcessingActivity, "organisation" | "dpo">> {
  assertCan(actor, "register:write");
  const [org] = await db.select().from(organisation).where(eq(organisation.id, 1));
  if (!org) return { organisation: { name: "", contact: "" }, dpo: { name: "", contact: "" } };
  return {
    organisation: { name: org.name, contact: "" },
    dpo: {
      name: actor.locale === "en" ? "Data protection officer" : "Délégué à la protection des données",
      contact: org.dpoContact,
    },
  };
}
