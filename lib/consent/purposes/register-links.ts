import type { Executor } from "@/db/client";
import type { ConsentPurposeKind } from "@/db/schema/consent";
import { ActionError } from "@/lib/action";
import { unsafeFindEntriesByReferences } from "@/lib/register/lookup";
import { requiredLegalBasis } from "./kinds";

/** Message keys of the refusals, each a field error on `registerRefs`. */
export const UNKNOWN_REGISTER_REF = "consent.errors.unknownRegisterRef";
export const NO_CONSENT_REGISTER_ENTRY = "consent.errors.registerRefsNoConsent";
export const NO_LEGITIMATE_INTERESTS_REGISTER_ENTRY = "consent.errors.registerRefsNoLegitimateInterests";

/** The refusal when no linked entry has the basis a kind requires. */
const missingBasisError: Readonly<Record<ConsentPurposeKind, string>> = {
  consent: NO_CONSENT_REGISTER_ENTRY,
  objection: NO_LEGITIMATE_INTERESTS_REGISTER_ENTRY,
};

/**
 * Inside the mutation's transaction: every register reference (normalised by the schema) exists, and at least one
 * linked entry has the lawful basis the purpose's kind requires (`requiredLegalBasis`): consent, GDPR Art. 6(1)(a),
 * for an opt-in purpose; legitimate interests, Art. 6(1)(f), for an opt-out one (right to object, Art. 21).
 * The kind is fixed at creation, so an edit is checked against the stored kind.
 */
export async function assertServesRegisterEntry(
  tx: Executor,
  kind: ConsentPurposeKind,
  references: readonly string[],
): Promise<void> {
  const entries = await unsafeFindEntriesByReferences(tx, references);
  const found = new Set(entries.map((entry) => entry.reference));
  const unknown = references.filter((reference) => !found.has(reference));
  if (unknown.length > 0) {
    throw new ActionError("VALIDATION", UNKNOWN_REGISTER_REF, {
      registerRefs: [UNKNOWN_REGISTER_REF],
      unknownRegisterRefs: unknown,
    });
  }
  if (!entries.some((entry) => entry.legalBases.includes(requiredLegalBasis[kind]))) {
    const key = missingBasisError[kind];
    throw new ActionError("VALIDATION", key, { registerRefs: [key] });
  }
}
