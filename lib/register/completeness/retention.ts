import { getDataCategory, type DataCategoryKey } from "../catalogue/catalogue";
import { durationInMonths, type RetentionDuration } from "../catalogue/duration";
import { findRetentionCeiling, type RetentionCeiling } from "../catalogue/retention-ceilings";

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
} as const;

/**
 * Compares each declared retention period with the ceiling of its data category, in months
 * (GDPR Art. 5(1)(e), Art. 30(1)(f); CPCE art. L34-1 and L34-2). Returns one warning per rule
 * longer than its ceiling, saying whether the entry justifies it. `on` (ISO date) picks the
 * version of the ceilings in force that day; by default, the versions currently in force.
 */
export function checkRetention(
  entry: { readonly retention: readonly RetentionRuleLike[] },
  options: { readonly on?: string } = {},
): RetentionWarning[] {
  const warnings: RetentionWarning[] = [];
  entry.retention.forEach((rule, index) => {
    const ceilingKey = getDataCategory(rule.dataCategory).retentionCeiling;
    const ceiling = ceilingKey ? findRetentionCeiling(ceilingKey, options.on) : undefined;
    if (!ceiling) return;
    const declaredMonths = durationInMonths(rule.duration);
    const ceilingMonths = durationInMonths(ceiling.duration);
    if (declaredMonths <= ceilingMonths) return;
    const isJustified = rule.justification.trim() !== "";
    warnings.push({
      dataCategory: rule.dataCategory,
      index,
      declaredMonths,
      ceilingMonths,
      ceiling,
      isJustified,
      messageKey: isJustified ? RETENTION_WARNING_KEYS.exceedsCeilingJustified : RETENTION_WARNING_KEYS.exceedsCeiling,
      params: { declaredMonths, ceilingMonths, legalReference: ceiling.legalReference },
    });
  });
  return warnings;
}
