import {
  REQUIREMENT_LEVEL_ORDER,
  REQUIREMENT_WEIGHTS,
  REQUIREMENTS,
  type CompletenessSection,
  type RequirementLevel,
} from "./requirements";
import { collectChecks } from "./rules";
import type { EntryPath } from "../entry/paths";
import type { ProcessingActivity } from "../entry/types";
import { isoDateInZone } from "@/lib/time/zone-days";

export {
  COMPLETENESS_SECTION_MESSAGE_KEYS,
  REQUIREMENT_LEVEL_MESSAGE_KEYS,
  REQUIREMENTS,
  type CompletenessSection,
  type RequirementLevel,
} from "./requirements";

/** An item an entry lacks, with where it belongs and the provision that asks for it. */
export interface MissingItem {
  /** Message key (`register.errors.*` when blocking, `register.completeness.*` otherwise). */
  readonly key: string;
  readonly section: CompletenessSection;
  readonly level: RequirementLevel;
  /** Mandatory (Art. 30) and conditional items block activation. */
  readonly isBlocking: boolean;
  readonly article: string;
  /** Where in the entry, e.g. `["purposes", 1, "legalBasis"]` (see `formatPath`). */
  readonly path: EntryPath;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface CompletenessAssessment {
  /** 0–100: weighted share of the applicable requirements that are fully met. */
  readonly score: number;
  readonly missing: readonly MissingItem[];
}

export interface CompletenessOptions {
  /** The current instant; when given, overdue reviews count as missing. */
  readonly now?: Date;
  /** The organisation's zone, in which "today" is read. Default Europe/Paris. */
  readonly timeZone?: string;
}

/** The calendar date (ISO) of an instant in a time zone (shared with the other domains). */
export { isoDateInZone };

/**
 * Lists exactly what a register entry lacks and scores it. Controller entries are checked
 * against GDPR Art. 30(1)(a)–(g), processor entries against Art. 30(2)(a)–(d) per controller
 * served; the "where possible" items ((f) retention, (g) security) count as expected for an
 * operator. Then the conditions of Art. 6(1), 6(1)(f), 9(2), 10 and retention ceilings (CPCE
 * art. L34-1), and good practice (DPIA done when required, Art. 35; review date, Art. 24(1);
 * processor contracts, Art. 28(3); data source, systems, owner).
 *
 * The score weighs each applicable requirement (blocking and major 2, recommended 1) and counts it only
 * when every item it covers is present.
 */
export function assessCompleteness(
  entry: ProcessingActivity,
  options: CompletenessOptions = {},
): CompletenessAssessment {
  const today = options.now ? isoDateInZone(options.now, options.timeZone) : undefined;
  const checks = collectChecks(entry, { today });
  let total = 0;
  let met = 0;
  const missing: MissingItem[] = [];
  for (const check of checks) {
    const requirement = REQUIREMENTS[check.id];
    const weight = REQUIREMENT_WEIGHTS[requirement.level];
    total += weight;
    if (check.failures.length === 0) met += weight;
    for (const failure of check.failures) {
      missing.push({
        key: requirement.key,
        section: requirement.section,
        level: requirement.level,
        isBlocking: requirement.level === "mandatory" || requirement.level === "conditional",
        article: check.article,
        path: failure.path,
        ...(failure.params ? { params: failure.params } : {}),
      });
    }
  }
  // Stable sort: within a level, the order of the form.
  missing.sort((a, b) => REQUIREMENT_LEVEL_ORDER[a.level] - REQUIREMENT_LEVEL_ORDER[b.level]);
  return { score: total === 0 ? 100 : Math.round((100 * met) / total), missing };
}

/** The items that keep an entry from being activated (Art. 30 items and legal conditions). */
export function listActivationBlockers(entry: ProcessingActivity): MissingItem[] {
  return assessCompleteness(entry).missing.filter((item) => item.isBlocking);
}

/**
 * Whether the entry may become `active`: false while any GDPR Art. 30 mandatory item is missing,
 * or a legal condition the entry triggers (Art. 6 basis, Art. 6(1)(f) balancing test, Art. 9
 * condition, Art. 10 authorisation, justification above a retention ceiling) is unmet. The
 * entry schema refuses the same gaps outside `draft`.
 */
export function canActivate(entry: ProcessingActivity): boolean {
  return listActivationBlockers(entry).length === 0;
}

export interface RegisterCompleteness {
  /** Mean of the entries' scores, rounded; null when no entry counts. */
  readonly score: number | null;
  /** Entries counted (drafts and active ones; retired entries are excluded). */
  readonly entryCount: number;
}

/** The register's score: the mean of its entries' scores, retired entries excluded (Art. 30(4)). */
export function assessRegisterCompleteness(
  entries: readonly ProcessingActivity[],
  options: CompletenessOptions = {},
): RegisterCompleteness {
  const scores = entries
    .filter((entry) => entry.status !== "retired")
    .map((entry) => assessCompleteness(entry, options).score);
  if (scores.length === 0) return { score: null, entryCount: 0 };
  const sum = scores.reduce((a, b) => a + b, 0);
  return { score: Math.round(sum / scores.length), entryCount: scores.length };
}
