import { processingActivityFieldsSchema } from "./entry/types";
import { validateProcessingActivity } from "./entry/schema-rules";

/**
 * Client-safe zod schemas of the register of processing activities (GDPR Art. 30), shared by
 * forms (react-hook-form + zodResolver) and server actions. Messages are i18n keys.
 *
 * Text fields accept "" and optional values accept null so that a draft can be saved half
 * written; `assessCompleteness` lists what is missing. Once an entry leaves `draft`, the schema
 * refuses every blocking gap (Art. 30 items and the legal conditions of Art. 6, 9, 10 and 49).
 */

export * from "./entry/types";

/**
 * A register entry: the controller's record of GDPR Art. 30(1) or the processor's record of
 * Art. 30(2) (per controller served), plus good-practice fields (owner, systems, review date).
 * `organisation` is the controller for Art. 30(1) entries and the processor for Art. 30(2) entries.
 */
export const processingActivitySchema = processingActivityFieldsSchema.superRefine(validateProcessingActivity);
