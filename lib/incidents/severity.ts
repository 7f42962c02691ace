import { DPC_BASE, type SeverityInput } from "./schemas";

export { DPC_BASE };

/**
 * Severity of a personal-data breach, ENISA "Recommendations for a methodology of the assessment
 * of severity of personal data breaches" (2013): SE = DPC × EI + CB.
 * Every input is a quarter step, so the score is computed exactly in integer quarters: 2.00 is
 * medium, never 1.9999. The score supports the DPO's decision; it is not the legal test.
 */

export type SeverityBand = "low" | "medium" | "high" | "very_high";
export type SeveritySuggestion = "document_only" | "notify_authority" | "notify_authority_and_inform_people";
export type SeveritySuggestionMap = Record<SeverityBand, SeveritySuggestion>;

/** Default band → suggestion; an organisation may configure its own. */
export const DEFAULT_SEVERITY_SUGGESTIONS: SeveritySuggestionMap = {
  low: "document_only",
  medium: "notify_authority",
  high: "notify_authority_and_inform_people",
  very_high: "notify_authority_and_inform_people",
};

/** Ease of identification in quarters (0.25, 0.5, 0.75, 1). */
export const EI_QUARTERS: Record<SeverityInput["easeOfIdentification"], number> = {
  negligible: 1,
  limited: 2,
  significant: 3,
  maximum: 4,
};
/** Circumstances of the breach, in quarters (+0.25 = 1, +0.5 = 2). */
export const CB_QUARTERS = {
  confidentiality: { none: 0, known_recipients: 1, unknown_or_public: 2 },
  integrity: { none: 0, recoverable: 1, not_recoverable: 2 },
  availability: { none: 0, temporary: 1, permanent: 2 },
  malicious: 2,
} as const satisfies {
  confidentiality: Record<SeverityInput["confidentiality"], number>;
  integrity: Record<SeverityInput["integrity"], number>;
  availability: Record<SeverityInput["availability"], number>;
  malicious: number;
};

export type SeverityFactorName =
  "dpc" | "ease_of_identification" | "confidentiality" | "integrity" | "availability" | "malicious";

export type SeverityFactor = {
  factor: SeverityFactorName;
  /** The level chosen, e.g. `behavioural`, `maximum`, `unknown_or_public`, `true`. */
  input: string;
  /** The factor's value (DPC 1–4, EI 0.25–1, CB +0–0.5). */
  value: number;
  /** The same value in quarters (integer). */
  quarters: number;
  /** i18n key of the explanation; `input` and `value` are its parameters. */
  messageKey: `incidents.severity.factor.${SeverityFactorName}`;
  /** DPC only: base by data type, context adjustment, and whether 1–4 clamped the sum. */
  dpc?: { base: number; adjustment: number; isClamped: boolean; reason: string | null };
};

export type SeverityResult = {
  /** SE as a number (exact: a multiple of 0.25). */
  score: number;
  /** SE × 4, the exact integer the band is computed from. */
  scoreQuarters: number;
  dpc: number;
  easeOfIdentification: number;
  circumstances: number;
  band: SeverityBand;
  suggestion: SeveritySuggestion;
  /** Language-neutral, e.g. `3 × 0.75 + 0.5 = 2.75`. */
  formula: string;
  factors: SeverityFactor[];
};

function lookup<T extends Record<string, number>>(table: T, level: string, name: string): number {
  const value = (table as Record<string, number | undefined>)[level];
  if (value === undefined) throw new RangeError(`unknown ${name}: ${level}`);
  return value;
}

/**
 * ENISA 2013 band from SE in quarters: < 2 low, 2 ≤ SE < 3 medium, 3 ≤ SE < 4 high, ≥ 4 very high.
 */
export function severityBandFromQuarters(scoreQuarters: number): SeverityBand {
  if (!Number.isInteger(scoreQuarters)) throw new RangeError("scoreQuarters must be an integer");
  if (scoreQuarters < 8) return "low";
  if (scoreQuarters < 12) return "medium";
  if (scoreQuarters < 16) return "high";
  return "very_high";
}

/**
 * Severity SE = DPC × EI + CB after ENISA (2013), with the DPC base by data type adjusted for
 * context in either direction (the schema keeps the final DPC within 1–4; older stored inputs are
 * clamped and say so), computed exactly in integer quarters, then its band and the
 * configured suggestion (default: low → document only; medium → notify the authority;
 * high / very high → also inform the people). GDPR Art. 33–34 remain the legal test.
 */
export function computeSeverity(
  input: SeverityInput,
  options: { suggestions?: SeveritySuggestionMap } = {},
): SeverityResult {
  const base = lookup(DPC_BASE, input.dataType, "data type");
  const adjustment = input.contextAdjustment;
  if (!Number.isInteger(adjustment) || Math.abs(adjustment) > 3) {
    throw new RangeError("contextAdjustment must be an integer from -3 to 3");
  }
  const dpc = Math.min(4, Math.max(1, base + adjustment));
  const eiQuarters = lookup(EI_QUARTERS, input.easeOfIdentification, "ease of identification");
  const confidentiality = lookup(CB_QUARTERS.confidentiality, input.confidentiality, "confidentiality");
  const integrity = lookup(CB_QUARTERS.integrity, input.integrity, "integrity");
  const availability = lookup(CB_QUARTERS.availability, input.availability, "availability");
  const malicious = input.malicious ? CB_QUARTERS.malicious : 0;
  const cbQuarters = confidentiality + integrity + availability + malicious;

  // DPC is an integer and EI is eiQuarters / 4, so DPC × EI in quarters is DPC × eiQuarters.
  const scoreQuarters = dpc * eiQuarters + cbQuarters;
  const band = severityBandFromQuarters(scoreQuarters);
  const suggestion = (options.suggestions ?? DEFAULT_SEVERITY_SUGGESTIONS)[band];

  const factor = (name: SeverityFactorName, level: string, quarters: number): SeverityFactor => ({
    factor: name,
    input: level,
    value: quarters / 4,
    quarters,
    messageKey: `incidents.severity.factor.${name}`,
  });
  const dpcFactor: SeverityFactor = {
    ...factor("dpc", input.dataType, dpc * 4),
    dpc: {
      base,
      adjustment,
      isClamped: dpc !== base + adjustment,
      reason: input.contextReason ?? null,
    },
  };
  const score = scoreQuarters / 4;
  return {
    score,
    scoreQuarters,
    dpc,
    easeOfIdentification: eiQuarters / 4,
    circumstances: cbQuarters / 4,
    band,
    suggestion,
    formula: `${dpc} × ${eiQuarters / 4} + ${cbQuarters / 4} = ${score}`,
    factors: [
      dpcFactor,
      factor("ease_of_identification", input.easeOfIdentification, eiQuarters),
      factor("confidentiality", input.confidentiality, confidentiality),
      factor("integrity", input.integrity, integrity),
      factor("availability", input.availability, availability),
      factor("malicious", String(input.malicious), malicious),
    ],
  };
}
