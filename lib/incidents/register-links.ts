import type { Executor } from "@/db/client";
import { ActionError } from "@/lib/action";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { unsafeFindEntriesByReferences, type RegisterEntryLinkDTO } from "@/lib/register/lookup";

/** An incident's "register entries affected": references to entries of the register. */
export const UNKNOWN_REGISTER_REF = "incidents.errors.unknownRegisterRef";

/**
 * Refuses references (already normalised by the schema) that are not in the register: a field
 * error on `registerRefs`, the unknown references listed under `unknownRegisterRefs`.
 */
export async function assertRegisterRefsExist(tx: Executor, references: readonly string[]): Promise<void> {
  const found = new Set((await unsafeFindEntriesByReferences(tx, references)).map((entry) => entry.reference));
  const unknown = references.filter((reference) => !found.has(reference));
  if (unknown.length > 0) {
    throw new ActionError("VALIDATION", UNKNOWN_REGISTER_REF, {
      registerRefs: [UNKNOWN_REGISTER_REF],
      unknownRegisterRefs: unknown,
    });
  }
}

/** The linked entries the actor may see (name, status), for the incident page; none without `register:read`. */
export async function linkedRegisterEntries(
  db: Executor,
  actor: Actor,
  references: readonly string[],
): Promise<RegisterEntryLinkDTO[]> {
  if (!can(actor.role, "register:read")) return [];
  return unsafeFindEntriesByReferences(db, references);
}
