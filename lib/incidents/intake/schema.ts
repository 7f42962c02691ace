import { z } from "zod";
import { OBLIGATION_IDS } from "../obligations/obligations";
import { isIncidentInstant } from "../reference";

/**
 * Body of `POST /api/v1/incidents` (issue 4): camelCase, ISO-8601 instants with offset, unknown
 * fields refused so a typo is never silently ignored. Messages are English: the caller is a machine.
 */
const YEARS = "must be between 1970 and 9999";
const instant = z.iso
  .datetime({ offset: true, message: "must be an ISO-8601 instant with offset, e.g. 2026-11-29T10:30:00+01:00" })
  .refine((value) => isIncidentInstant(new Date(value)), { message: YEARS });
const optionalInstant = instant.optional();
const flag = z.boolean({ message: "must be true or false" }).optional();
/** PostgreSQL text holds neither NUL nor a lone UTF-16 surrogate: refuse them here, naming the field. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const text = () =>
  z
    .string({ message: "must be a string" })
    .refine((value) => !value.includes("\u0000") && !LONE_SURROGATE.test(value), {
      message: "must not contain NUL characters or lone surrogates",
    });

export const intakeNotificationSchema = z.strictObject({
  obligation: z.enum(OBLIGATION_IDS, { message: `must be one of ${OBLIGATION_IDS.join(", ")}` }),
  sentAt: instant,
  reference: text().trim().max(200, { message: "at most 200 characters" }).optional(),
  complete: flag,
});

export const intakeSchema = z
  .strictObject({
    externalId: text()
      .trim()
      .min(1, { message: "must not be empty" })
      .max(200, { message: "at most 200 characters" })
      .optional(),
    title: text()
      .trim()
      .min(1, { message: "must not be empty" })
      .max(200, { message: "at most 200 characters" })
      .optional(),
    description: text().max(5000, { message: "at most 5000 characters" }).optional(),
    detectedAt: z.iso
      .datetime({ offset: true, message: "is required: an ISO-8601 instant with offset" })
      .refine((value) => isIncidentInstant(new Date(value)), { message: YEARS }),
    occurredAt: optionalInstant,
    awareAt: optionalInstant,
    personalData: flag,
    telecomService: flag,
    nis2Significant: flag,
    riskLevel: z.enum(["unlikely", "risk", "high"], { message: 'must be "unlikely", "risk" or "high"' }).optional(),
    dataUnintelligible: flag,
    notifications: z
      .array(intakeNotificationSchema, { message: "must be an array" })
      .max(50, { message: "at most 50 notifications" })
      .optional(),
  })
  .superRefine((body, ctx) => {
    if (body.awareAt && new Date(body.awareAt).getTime() < new Date(body.detectedAt).getTime()) {
      ctx.addIssue({ code: "custom", path: ["awareAt"], message: "must not be before detectedAt" });
    }
    (body.notifications ?? []).forEach((n, index) => {
      if (new Date(n.sentAt).getTime() < new Date(body.detectedAt).getTime()) {
        ctx.addIssue({
          code: "custom",
          path: ["notifications", index, "sentAt"],
          message: "must not be before detectedAt",
        });
      }
    });
  });
export type IntakeBody = z.output<typeof intakeSchema>;
