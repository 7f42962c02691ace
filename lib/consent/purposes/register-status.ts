import type { Executor } from "@/db/client";
import { unsafeFindEntriesByReferences } from "@/lib/register/lookup";

/**
 * The register entries behind consent purposes that are not `active`: a purpose collecting
 * consents for a processing the register shows as a draft (or retired, or missing) is a gap the
 * DPO must see on the purpose, on the entry and on the overview (GDPR Art. 30(4), 7(1)).
 */
export function inactiveRegisterRefs(
  registerRefs: readonly string[],
  statusByReference: ReadonlyMap<string, string>,
): string[] {
  return registerRefs.filter((reference) => statusByReference.get(reference) !== "active");
}

/** Status of each referenced entry. No permission: statuses only, read for a caller that checked consent:read. */
export async function unsafeLoadRegisterStatuses(
  db: Executor,
  purposes: readonly { registerRefs: readonly string[] }[],
): Promise<Map<string, string>> {
  const references = [...new Set(purposes.flatMap((p) => p.registerRefs))];
  const entries = await unsafeFindEntriesByReferences(db, references);
  return new Map(entries.map((entry) => [entry.reference, entry.status]));
}
