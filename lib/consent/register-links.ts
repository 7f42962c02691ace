import type { Executor } from "@/db/client";
import { ActionError } from "@/lib/action";
import { findEntriesByReferences } from "@/lib/register/lookup";

/** Message keys of the two refusals, both a field error on `registerRefs`. */
export const UNKNOWN_REGISTER_REF = "consent.errors.unknownRegisterRef";
export const NO_CONSENT_REGISTER_ENTRY = "consent.errors.registerRefsNoConsent";

/**
 * The register entries a consent purpose serves (issue 5), checked inside the mutation's
 * transaction: every reference (already trimmed, upper-cased and deduplicated by the schema) must
 * exist, and at least one linked entry must have a purpose whose lawful basis is `consent`
 * (GDPR Art. 6(1)(a)) — a consent purpose with no consent-based processing behind it is a
 * register gap. Rule for opt-out purposes (e.g. the demo's anonymised mobility statistics): the
 * consent catalogue has no notion of an opt-out purpose (no column distinguishes it; only the key
 * says so), so no exception is made for `legitimate_interests` — every purpose needs a
 * consent-based entry. Should the catalogue gain an opt-out kind, accept `legitimate_interests`
 * for that kind only. Other linked entries may have any basis.
 */
export async function assertServesConsentEntry(tx: Executor, references: readonly string[]): Promise<void> {
  const entries = await findEntriesByReferences(tx, references);
  const found = new Set(entries.map((entry) => entry.reference));
  const unknown = references.filter((reference) => !found.has(reference));
  if (unknown.length > 0) {
    throw new ActionError("VALIDATION", UNKNOWN_REGISTER_REF, { registerRefs: [UNKNOWN_REGISTER_REF], unknownRegisterRefs: unknown });
  }
  if (!entries.some((entry) => entry.legalBases.includes("consent"))) {
    throw new ActionError("VALIDATION", NO_CONSENT_REGISTER_ENTRY, { registerRefs: [NO_CONSENT_REGISTER_ENTRY] });
  }
}
