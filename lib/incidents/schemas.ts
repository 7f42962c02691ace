import { z } from "zod";

/**
 * Client-safe zod schemas for incidents, shared by forms (react-hook-form + zodResolver) and
 * server actions. Every message is an i18n key (`incidents.errors.*`, texts in
 * messages.fr.json / messages.en.json), never an English sentence.
 */
export const INCIDENT_FIELD_ERRORS = {
  required: "incidents.errors.required",
  invalid: "incidents.errors.invalid",
  invalidOption: "incidents.errors.invalidOption",
  tooLong: "incidents.errors.tooLong",
  contextReasonRequired: "incidents.errors.contextReasonRequired",
} as const;

const missingOr = (fallback: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? INCIDENT_FIELD_ERRORS.required : fallback;
const option = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: missingOr(INCIDENT_FIELD_ERRORS.invalidOption) });

/** ENISA 2013 data processing context: base DPC 1–4 by data type. */
export const SEVERITY_DATA_TYPES = ["simple", "behavioural", "financial", "sensitive"] as const;
/** ENISA 2013 ease of identification: 0.25 / 0.5 / 0.75 / 1. */
export const EASE_OF_IDENTIFICATION_LEVELS = ["negligible", "limited", "significant", "maximum"] as const;
export const CONFIDENTIALITY_LOSS_LEVELS = ["none", "known_recipients", "unknown_or_public"] as const;
export const INTEGRITY_LOSS_LEVELS = ["none", "recoverable", "not_recoverable"] as const;
export const AVAILABILITY_LOSS_LEVELS = ["none", "temporary", "permanent"] as const;
/**
 * ENISA 2013: the DPC of any data type can vary from 1 to 4 with context (a psychological-support
 * line's call list, simple data, reaches 4; "performed general blood tests", sensitive, falls to 1),
 * so the adjustment is −3…+3 and the documented range per data type is where base + adjustment
 * stays within 1–4.
 */
export const CONTEXT_ADJUSTMENTS = [-3, -2, -1, 0, 1, 2, 3] as const;
/** ENISA DPC base score by data type (behavioural: location, traffic). */
export const DPC_BASE: Record<(typeof SEVERITY_DATA_TYPES)[number], number> = {
  simple: 1,
  behavioural: 2,
  financial: 3,
  sensitive: 4,
};
/** The adjustments ENISA documents for a data type: the final DPC stays within 1–4. */
export function contextAdjustmentsFor(dataType: (typeof SEVERITY_DATA_TYPES)[number]): number[] {
  const base = DPC_BASE[dataType];
  return CONTEXT_ADJUSTMENTS.filter((a) => base + a >= 1 && base + a <= 4);
}

/**
 * Inputs of the ENISA 2013 severity method (SE = DPC × EI + CB). A context adjustment of the DPC
 * (volume per person, vulnerable people, public availability...) must say why.
 */
export const severityInputSchema = z
  .object({
    dataType: option(SEVERITY_DATA_TYPES),
    contextAdjustment: z.literal(CONTEXT_ADJUSTMENTS, {
      error: missingOr(INCIDENT_FIELD_ERRORS.invalidOption),
    }),
    contextReason: z
      .string({ error: INCIDENT_FIELD_ERRORS.invalid })
      .trim()
      .max(2000, { error: INCIDENT_FIELD_ERRORS.tooLong })
      .nullish(),
    easeOfIdentification: option(EASE_OF_IDENTIFICATION_LEVELS),
    confidentiality: option(CONFIDENTIALITY_LOSS_LEVELS),
    integrity: option(INTEGRITY_LOSS_LEVELS),
    availability: option(AVAILABILITY_LOSS_LEVELS),
    malicious: z.boolean({ error: missingOr(INCIDENT_FIELD_ERRORS.invalid) }),
  })
  .superRefine((input, ctx) => {
    if (!contextAdjustmentsFor(input.dataType).includes(input.contextAdjustment)) {
      ctx.addIssue({ code: "custom", path: ["contextAdjustment"], message: INCIDENT_FIELD_ERRORS.invalidOption });
    }
    if (input.contextAdjustment !== 0 && !input.contextReason) {
      ctx.addIssue({
        code: "custom",
        path: ["contextReason"],
        message: INCIDENT_FIELD_ERRORS.contextReasonRequired,
      });
    }
  });

export type SeverityInput = z.infer<typeof severityInputSchema>;
