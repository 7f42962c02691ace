import { z } from "zod";

/**
 * Client-safe zod schemas for incidents, shared by forms (react-hook-form + zodResolver) and
 * server actions. Error messages are i18n keys (`incidents.severity.*`).
 */

/** ENISA 2013 data processing context: base DPC 1–4 by data type. */
export const SEVERITY_DATA_TYPES = ["simple", "behavioural", "financial", "sensitive"] as const;
/** ENISA 2013 ease of identification: 0.25 / 0.5 / 0.75 / 1. */
export const EASE_OF_IDENTIFICATION_LEVELS = [
  "negligible",
  "limited",
  "significant",
  "maximum",
] as const;
export const CONFIDENTIALITY_LOSS_LEVELS = ["none", "known_recipients", "unknown_or_public"] as const;
export const INTEGRITY_LOSS_LEVELS = ["none", "recoverable", "not_recoverable"] as const;
export const AVAILABILITY_LOSS_LEVELS = ["none", "temporary", "permanent"] as const;
/** ENISA: the base DPC is adjusted by at most one level for context. */
export const CONTEXT_ADJUSTMENTS = [-1, 0, 1] as const;

/**
 * Inputs of the ENISA 2013 severity method (SE = DPC × EI + CB). A context adjustment of the DPC
 * (volume per person, vulnerable people, public availability...) must say why.
 */
export const severityInputSchema = z
  .object({
    dataType: z.enum(SEVERITY_DATA_TYPES),
    contextAdjustment: z.literal(CONTEXT_ADJUSTMENTS),
    contextReason: z.string().trim().max(2000).nullish(),
    easeOfIdentification: z.enum(EASE_OF_IDENTIFICATION_LEVELS),
    confidentiality: z.enum(CONFIDENTIALITY_LOSS_LEVELS),
    integrity: z.enum(INTEGRITY_LOSS_LEVELS),
    availability: z.enum(AVAILABILITY_LOSS_LEVELS),
    malicious: z.boolean(),
  })
  .superRefine((input, ctx) => {
    if (input.contextAdjustment !== 0 && !input.contextReason) {
      ctx.addIssue({
        code: "custom",
        path: ["contextReason"],
        message: "incidents.severity.contextReasonRequired",
      });
    }
  });

export type SeverityInput = z.infer<typeof severityInputSchema>;
