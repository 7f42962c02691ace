import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { organisation, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { ProcessingActivity } from "../schemas";

/**
 * A new entry starts with the operator as the organisation and its DPO's name and contact (Art.
 * 30(1)(a)): the active DPO account's name (the longest-standing one), the job title only when the
 * organisation has no DPO account.
 */
export async function getOrganisationDefaults(
  actor: Actor,
  db: Executor = getDb(),
): Promise<Pick<ProcessingActivity, "organisation" | "dpo">> {
  assertCan(actor, "register:write");
  const [org] = await db.select().from(organisation).where(eq(organisation.id, 1));
  if (!org) return { organisation: { name: "", contact: "" }, dpo: { name: "", contact: "" } };
  const [dpo] = await db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.role, "dpo"), eq(users.isActive, true)))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(1);
  const title = actor.locale === "en" ? "Data protection officer" : "Délégué à la protection des données";
  return {
    organisation: { name: org.name, contact: "" },
    dpo: { name: dpo?.name ?? title, contact: org.dpoContact },
  };
}
