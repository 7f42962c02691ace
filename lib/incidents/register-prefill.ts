import { DATA_CATEGORY_KEYS } from "@/lib/register/catalogue/catalogue";
import type { RegisterEntryLinkDTO } from "@/lib/register/lookup";

/**
 * What ticking a register entry adds to an incident being described (GDPR Art. 33(3)(a)): the
 * entry's data categories and its categories of data subjects, each once (subjects compared without
 * case or surrounding spaces), after those already there. The user can remove any of them.
 * Pure and client-safe.
 */
export function prefillFromEntry(
  current: { dataCategories: readonly string[]; dataSubjectCategories: readonly string[] },
  entry: Pick<RegisterEntryLinkDTO, "dataCategories" | "dataSubjectCategories">,
) {
  const known = new Set<string>(DATA_CATEGORY_KEYS);
  const addedCategories = [...new Set(entry.dataCategories)].filter(
    (key) => known.has(key) && !current.dataCategories.includes(key),
  );
  const seen = new Set(current.dataSubjectCategories.map((s) => s.trim().toLowerCase()));
  const addedSubjects: string[] = [];
  for (const subject of entry.dataSubjectCategories) {
    const normalised = subject.trim().toLowerCase();
    if (!normalised || seen.has(normalised)) continue;
    seen.add(normalised);
    addedSubjects.push(subject.trim());
  }
  return {
    dataCategories: [...current.dataCategories, ...addedCategories],
    dataSubjectCategories: [...current.dataSubjectCategories, ...addedSubjects],
    addedCategories,
    addedSubjects,
  };
}
