import { z } from "zod";
import { text } from "@/lib/validation";

/**
 * The upload's parameters (query string of `POST /api/releases`; the body is the CSV itself, so
 * that it streams) and the DPO's decision. Messages are translation keys under `releases.errors`.
 */
const required = (max: number) =>
  text().trim().min(1, { message: "releases.errors.required" }).max(max, { message: "releases.errors.tooLong" });

export const uploadReleaseSchema = z
  .object({
    series: required(80).regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, { message: "releases.errors.series" }),
    recipient: required(200),
    purpose: required(500),
    processingActivity: text()
      .trim()
      .regex(/^TRT-\d{4,9}$/, { message: "releases.errors.processingActivity" }),
    k: z
      .string()
      .regex(/^\d{1,4}$/, { message: "releases.errors.k" })
      .transform(Number)
      .optional(),
    suppressDifferencing: z.enum(["true", "false"], { message: "releases.errors.boolean" }).optional(),
    name: text().trim().max(200, { message: "releases.errors.tooLong" }).optional(),
  })
  .strict();
export type UploadReleaseInput = z.output<typeof uploadReleaseSchema>;

export const releaseReferenceSchema = text().regex(/^REL-\d{4,9}$/, { message: "releases.errors.reference" });

export const decideReleaseSchema = z.object({
  reference: releaseReferenceSchema,
  decision: z.enum(["approved", "rejected"], { message: "releases.errors.decision" }),
  rationale: text()
    .trim()
    .min(20, { message: "releases.errors.rationale" })
    .max(4000, { message: "releases.errors.tooLong" }),
  version: z.coerce.number().int().min(1),
});
export type DecideReleaseInput = z.output<typeof decideReleaseSchema>;

/**
 * The bounds of the default threshold k the DPO sets (`organisation.release_threshold`). The floor is
 * the frequency rule of official statistics (Insee, Eurostat): no published cell counts fewer than 3
 * units — with 1 the person is singled out, with 2 each learns about the other. The ceiling keeps a
 * slip of the keyboard from blanking whole tables; a release may still raise its own k up to 9999.
 */
export const MIN_RELEASE_THRESHOLD = 3;
export const MAX_RELEASE_THRESHOLD = 1000;

const thresholdInteger = { message: "releases.errors.thresholdInteger" };

export const releaseSettingsSchema = z
  .object({
    /** A whole number typed in a form (a string of digits) or sent as a number; anything else is refused. */
    threshold: z
      .union([z.number(thresholdInteger), z.string(thresholdInteger)], thresholdInteger)
      .transform((value) => (typeof value === "number" ? value : /^\s*\d{1,30}\s*$/.test(value) ? Number(value) : NaN))
      .pipe(
        z
          .number(thresholdInteger)
          .min(MIN_RELEASE_THRESHOLD, { message: "releases.errors.thresholdFloor", abort: true })
          .max(MAX_RELEASE_THRESHOLD, { message: "releases.errors.thresholdCeiling", abort: true })
          .int(thresholdInteger),
      ),
  })
  .strict();
export type ReleaseSettingsInput = z.output<typeof releaseSettingsSchema>;
