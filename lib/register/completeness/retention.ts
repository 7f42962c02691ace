import { getDataCategory, type DataCategoryKey } from "../catalogue/catalogue";
import { durationInMonths, type RetentionDuration } from "../catalogue/duration";
import type { PurposeFamily } from "../catalogue/purpose-families";
import {
  findDecreeInForce,
  findRetentionCeiling,
  NATIONAL_SECURITY_DECREES,
  type RetentionCeiling,
  type RetentionCeilingKey,
  type RetentionDecree,
} from "../catalogue/retention-ceilings";

/** The part of a retention rule the ceiling check reads (see `retentionRuleSchema`). */
export interface RetentionRuleLike {
  readonly dataCategory: DataCategoryKey;
  readonly duration: RetentionDuration;
  readonly justification: string;
}

/** A data category kept longer than its ceiling (GDPR Art. 5(1)(e); CPCE art. L34-1). */
export interface RetentionWarning {
  readonly dataCategory: DataCategoryKey;
  /** Index of the rule in `entry.retention`. */
  readonly index: number;
  readonly declaredMonths: number;
  readonly ceilingMonths: number;
  readonly ceiling: RetentionCeiling;
  /** Whether the entry explains why it keeps the data longer. */
  readonly isJustified: boolean;
  /** The ceiling needs an injunction decree (CPCE art. L34-1 III) and none is in force on the date. */
  readonly decreeLapsed: boolean;
  readonly messageKey: string;
  /** Values for the message (ICU placeholders). */
  readonly params: {
    readonly declaredMonths: number;
    readonly ceilingMonths: number;
    readonly legalReference: string;
  };
}

/** Message keys of retention warnings. */
export const RETENTION_WARNING_KEYS = {
  exceedsCeiling: "register.retention.exceedsCeiling",
  exceedsCeilingJustified: "register.retention.exceedsCeilingJustified",
  decreeLapsed: "register.retention.decreeLapsed",
} as const;

/**
 * Traffic and location data (CPCE art. L34-1 II) are erased or anonymised at the end of the
 * communication, except for the purposes the code lists: billing (L34-2, R. 10-14 I), network
 * security (R. 10-14, three months), national security while a decree orders it (L34-1 III),
 * and value-added services or marketing with consent, for the time needed (ePrivacy Art. 6(3), 9).
 * `other` keeps the data category's own ceiling.
 */
const TRAFFIC_CEILING_BY_FAMILY: Readonly<Record<PurposeFamily, RetentionCeilingKey | null>> = {
  service: "cpce_erase_after_communication",
  billing: "cpce_billing_traffic",
  network_security: "cpce_network_security",
  national_security: "cpce_traffic_location",
  marketing: "cpce_erase_after_communication",
  value_added: "cpce_erase_after_communication",
  anonymised_statistics: "cpce_erase_after_communication",
  other: null,
};

/** The ceilings that may apply to a data category given the entry's purpose families. */
function ceilingKeysFor(
  dataCategory: DataCategoryKey,
  families: readonly (PurposeFamily | null | undefined)[],
): RetentionCeilingKey[] {
  const own = getDataCategory(dataCategory).retentionCeiling;
  if (own !== "cpce_traffic_location") return own ? [own] : [];
  const keys = families.map((family) => (family ? TRAFFIC_CEILING_BY_FAMILY[family] : null) ?? own);
  return keys.length === 0 ? [own] : [...new Set(keys)];
}

export interface RetentionCheckOptions {
  /** ISO date: the ceiling versions and the injunction decree in force that day. */
  readonly on?: string;
  /** The injunction decrees (default NATIONAL_SECURITY_DECREES). */
  readonly decrees?: readonly RetentionDecree[];
}

/**
 * Compares each declared retention period with the ceiling of its data category, in months
 * (GDPR Art. 5(1)(e), Art. 30(1)(f); CPCE art. L34-1 and L34-2). Returns one warning per rule
 * longer than its ceiling, saying whether the entry justifies it. `on` (ISO date) picks the
 * version of the ceilings in force that day; by default, the versions currently in force.
 */
export function checkRetention(
  entry: {
    readonly retention: readonly RetentionRuleLike[];
    readonly purposes?: readonly { readonly family?: PurposeFamily | null }[];
  },
  options: RetentionCheckOptions = {},
): RetentionWarning[] {
  const families = (entry.purposes ?? []).map((purpose) => purpose.family ?? null);
  const hasDecree =
    options.on === undefined || findDecreeInForce(options.on, options.decrees ?? NATIONAL_SECURITY_DECREES);
  const warnings: RetentionWarning[] = [];
  entry.retention.forEach((rule, index) => {
    // The longest ceiling among the entry's purposes applies: a period no purpose needs is excess.
    const applicable = ceilingKeysFor(rule.dataCategory, families)
      .map((key) => findRetentionCeiling(key, options.on))
      .filter((ceiling) => ceiling !== undefined)
      .map((ceiling) => ({
        ceiling,
        decreeLapsed: ceiling.requiresDecree === true && !hasDecree,
        months: ceiling.requiresDecree === true && !hasDecree ? 0 : durationInMonths(ceiling.duration),
      }))
      .sort((a, b) => b.months - a.months);
    const chosen = applicable[0];
    if (!chosen) return;
    const declaredMonths = durationInMonths(rule.duration);
    if (declaredMonths <= chosen.months) return;
    const isJustified = rule.justification.trim() !== "";
    warnings.push({
      dataCategory: rule.dataCategory,
      index,
      declaredMonths,
      ceilingMonths: chosen.months,
      ceiling: chosen.ceiling,
      isJustified,
      decreeLapsed: chosen.decreeLapsed,
      messageKey: chosen.decreeLapsed
        ? RETENTION_WARNING_KEYS.decreeLapsed
        : isJustified
          ? RETENTION_WARNING_KEYS.exceedsCeilingJustified
          : RETENTION_WARNING_KEYS.exceedsCeiling,
      params: { declaredMonths, ceilingMonths: chosen.months, legalReference: chosen.ceiling.legalReference },
    });
  });
  return warnings;
}
