import { z } from "zod";
import { processingActivityFieldsSchema, processingActivitySchema } from "./schemas";
import { validateProcessingActivity } from "./entry/schema-rules";

/** Inputs of the register's server actions (client-safe, shared with the forms). */
export const referenceSchema = z
  .string({ error: "register.errors.invalid" })
  .trim()
  .regex(/^TRT-\d{4,}$/, { error: "register.errors.invalid" });
const versionSchema = z.coerce
  .number({ error: "register.errors.invalid" })
  .int()
  .positive({ error: "register.errors.invalid" });

/** A new entry: the entry itself (saved as a draft unless it asks to be active and may be). */
export const createActivitySchema = processingActivitySchema;

/** An edit: the entry's fields at the same paths as the form, plus its reference and the version it started from. */
export const updateActivitySchema = processingActivityFieldsSchema
  .extend({ reference: referenceSchema, version: versionSchema })
  .superRefine(validateProcessingActivity);
export type UpdateActivityInput = z.input<typeof updateActivitySchema>;

/** Activate or retire: which entry, at which version. */
export const activityVersionSchema = z.object({ reference: referenceSchema, version: versionSchema });

export const duplicateActivitySchema = z.object({ reference: referenceSchema });
