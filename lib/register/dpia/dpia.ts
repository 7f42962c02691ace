import type { z } from "zod";

import { getDataCategory, isHighlyPersonal, type DataCategoryKey } from "../catalogue/catalogue";
import {
  CNIL_DPIA_EXEMPT_KEYS,
  CNIL_DPIA_REQUIRED_KEYS,
  type CnilDpiaExemptKey,
  type CnilDpiaRequiredKey,
} from "./cnil-lists";
import { WP248_CRITERION_KEYS, type Wp248CriterionKey } from "./criteria";
import { fields, flag, oneOf, optionalDate, text, uniqueList } from "../entry/schema-primitives";

export * from "./cnil-lists";
export * from "./criteria";

/** Progress of the impact assessment itself (GDPR Art. 35(7)). */
export const DPIA_STATUSES = ["not_started", "in_progress", "done"] as const;
export type DpiaStatus = (typeof DPIA_STATUSES)[number];

/** WP248: meeting this many criteria makes a DPIA generally required. */
export const WP248_THRESHOLD = 2;

/** The DPO's documented decision against the conservative reading (WP248; GDPR Art. 39(1)(c)). */
export interface DpoOverride {
  readonly isDpiaRequired: boolean;
  readonly reason: string;
}

/** What the screening looks at; data categories let it derive criteria the DPO cannot miss. */
export interface DpiaScreeningInput {
  readonly criteria: readonly Wp248CriterionKey[];
  readonly cnilRequiredTypes?: readonly CnilDpiaRequiredKey[];
  readonly cnilExemptTypes?: readonly CnilDpiaExemptKey[];
  readonly dataCategories?: readonly DataCategoryKey[];
  readonly dpoOverride?: DpoOverride | null;
}

export type DpiaScreeningOutcome = "required" | "not_required" | "dpo_override";

/** One reason behind a screening result; `isDerived` marks what the data categories implied. */
export type DpiaReason =
  | { readonly kind: "cnil_required_type"; readonly type: CnilDpiaRequiredKey; readonly isDerived: boolean }
  | { readonly kind: "wp248_criterion"; readonly criterion: Wp248CriterionKey; readonly isDerived: boolean }
  | { readonly kind: "cnil_exempt_type"; readonly type: CnilDpiaExemptKey }
  | { readonly kind: "dpo_override"; readonly isDpiaRequired: boolean; readonly reason: string }
  | { readonly kind: "dpo_override_refused" };

export interface DpiaScreeningResult {
  /** `dpo_override` when the DPO's decision replaced the recommendation. */
  readonly outcome: DpiaScreeningOutcome;
  /** The conservative reading before any DPO decision. */
  readonly recommendation: "required" | "not_required";
  /** Whether a DPIA must be carried out once the DPO's decision is taken into account. */
  readonly isDpiaRequired: boolean;
  /** Criteria met, declared or derived, in WP248 order. */
  readonly criteria: readonly Wp248CriterionKey[];
  /** CNIL mandatory types matched, declared or derived, in list order. */
  readonly cnilRequiredTypes: readonly CnilDpiaRequiredKey[];
  readonly reasons: readonly DpiaReason[];
}

/** Message keys to show a screening outcome. */
export const DPIA_OUTCOME_MESSAGE_KEYS: Readonly<Record<DpiaScreeningOutcome, string>> = {
  required: "register.dpia.outcomes.required",
  not_required: "register.dpia.outcomes.notRequired",
  dpo_override: "register.dpia.outcomes.dpoOverride",
};

/** Message keys to show each kind of reason. */
export const DPIA_REASON_MESSAGE_KEYS: Readonly<Record<DpiaReason["kind"], string>> = {
  cnil_required_type: "register.dpia.reasons.cnilRequiredType",
  wp248_criterion: "register.dpia.reasons.wp248Criterion",
  cnil_exempt_type: "register.dpia.reasons.cnilExemptType",
  dpo_override: "register.dpia.reasons.dpoOverride",
  dpo_override_refused: "register.dpia.reasons.dpoOverrideRefused",
};

/**
 * Criteria implied by the data categories: Art. 9 / Art. 10 data, and electronic-communications
 * and location data, are "sensitive or highly personal" (WP248 criterion 4).
 */
export function deriveDpiaCriteria(dataCategories: readonly DataCategoryKey[]): Wp248CriterionKey[] {
  return dataCategories.some(isHighlyPersonal) ? ["sensitive_data"] : [];
}

/** CNIL types implied by the input: large-scale processing of location data (type 14). */
export function deriveCnilRequiredTypes(
  criteria: readonly Wp248CriterionKey[],
  dataCategories: readonly DataCategoryKey[],
): CnilDpiaRequiredKey[] {
  const hasLocation = dataCategories.some((key) => getDataCategory(key).isEPrivacyLocation);
  return criteria.includes("large_scale") && hasLocation ? ["large_scale_location"] : [];
}

/**
 * Screens a processing activity for a DPIA (GDPR Art. 35). Required when any type of the CNIL
 * mandatory list matches (Art. 35(4), délibération 2018-327) or when at least two WP248
 * criteria are met; otherwise not required. The DPO may decide otherwise with a written reason
 * (outcome `dpo_override`), except to waive a DPIA the CNIL list makes mandatory: that decision
 * is refused and reported as `dpo_override_refused`.
 */
export function screenDpia(input: DpiaScreeningInput): DpiaScreeningResult {
  const dataCategories = input.dataCategories ?? [];
  const derivedCriteria = deriveDpiaCriteria(dataCategories).filter((c) => !input.criteria.includes(c));
  const criteria = WP248_CRITERION_KEYS.filter((key) => input.criteria.includes(key) || derivedCriteria.includes(key));
  const declaredTypes = input.cnilRequiredTypes ?? [];
  const derivedTypes = deriveCnilRequiredTypes(criteria, dataCategories).filter(
    (type) => !declaredTypes.includes(type),
  );
  const cnilRequiredTypes = CNIL_DPIA_REQUIRED_KEYS.filter(
    (key) => declaredTypes.includes(key) || derivedTypes.includes(key),
  );
  const exemptTypes = CNIL_DPIA_EXEMPT_KEYS.filter((key) => input.cnilExemptTypes?.includes(key));

  const reasons: DpiaReason[] = [
    ...cnilRequiredTypes.map((type) => ({
      kind: "cnil_required_type" as const,
      type,
      isDerived: derivedTypes.includes(type),
    })),
    ...criteria.map((criterion) => ({
      kind: "wp248_criterion" as const,
      criterion,
      isDerived: derivedCriteria.includes(criterion),
    })),
    ...exemptTypes.map((type) => ({ kind: "cnil_exempt_type" as const, type })),
  ];
  const isMandatory = cnilRequiredTypes.length > 0;
  const recommendation = isMandatory || criteria.length >= WP248_THRESHOLD ? "required" : "not_required";
  const base = { recommendation, criteria, cnilRequiredTypes } as const;

  const override = input.dpoOverride;
  const isRequiredByRecommendation = recommendation === "required";
  if (!override || override.isDpiaRequired === isRequiredByRecommendation) {
    return { ...base, outcome: recommendation, isDpiaRequired: isRequiredByRecommendation, reasons };
  }
  if (isMandatory && !override.isDpiaRequired) {
    reasons.push({ kind: "dpo_override_refused" });
    return { ...base, outcome: "required", isDpiaRequired: true, reasons };
  }
  reasons.push({ kind: "dpo_override", isDpiaRequired: override.isDpiaRequired, reason: override.reason });
  return { ...base, outcome: "dpo_override", isDpiaRequired: override.isDpiaRequired, reasons };
}

/** Error keys of the DPIA block. */
export const DPIA_ERRORS = {
  overrideReasonRequired: "register.errors.dpoOverrideReasonRequired",
  overrideNotAllowed: "register.errors.dpoOverrideNotAllowed",
  completedOnRequired: "register.errors.dpiaCompletedOnRequired",
  documentRequired: "register.errors.dpiaDocumentRequired",
  reviewBeforeCompletion: "register.errors.dpiaReviewBeforeCompletion",
} as const;

/**
 * The DPIA block of a register entry (GDPR Art. 35): the screening answers, an optional DPO
 * override with its mandatory reason, and the assessment's status. When `done`, the completion
 * date and the document reference are required; the next review must come after completion
 * (Art. 35(11)). A DPO cannot waive a DPIA the CNIL list makes mandatory.
 */
export const dpiaSchema = fields({
  criteria: uniqueList(oneOf(WP248_CRITERION_KEYS), WP248_CRITERION_KEYS.length),
  cnilRequiredTypes: uniqueList(oneOf(CNIL_DPIA_REQUIRED_KEYS), CNIL_DPIA_REQUIRED_KEYS.length),
  cnilExemptTypes: uniqueList(oneOf(CNIL_DPIA_EXEMPT_KEYS), CNIL_DPIA_EXEMPT_KEYS.length),
  dpoOverride: fields({ isDpiaRequired: flag(), reason: text(4000) }).nullable(),
  status: oneOf(DPIA_STATUSES),
  completedOn: optionalDate(),
  documentReference: text(300),
  nextReviewOn: optionalDate(),
}).superRefine((dpia, ctx) => {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (dpia.dpoOverride && dpia.dpoOverride.reason === "") {
    issue(["dpoOverride", "reason"], DPIA_ERRORS.overrideReasonRequired);
  }
  if (dpia.dpoOverride?.isDpiaRequired === false && dpia.cnilRequiredTypes.length > 0) {
    issue(["dpoOverride", "isDpiaRequired"], DPIA_ERRORS.overrideNotAllowed);
  }
  if (dpia.status === "done" && !dpia.completedOn) {
    issue(["completedOn"], DPIA_ERRORS.completedOnRequired);
  }
  if (dpia.status === "done" && dpia.documentReference === "") {
    issue(["documentReference"], DPIA_ERRORS.documentRequired);
  }
  if (dpia.completedOn && dpia.nextReviewOn && dpia.nextReviewOn <= dpia.completedOn) {
    issue(["nextReviewOn"], DPIA_ERRORS.reviewBeforeCompletion);
  }
});

export type Dpia = z.infer<typeof dpiaSchema>;
