import { z } from "zod";
import { text } from "@/lib/validation";
import { OBLIGATION_IDS } from "../obligations/obligations";
import { isIncidentInstant } from "../reference";

/**
 * Body of `POST /api/v1/incidents` (documented in the README): camelCase, ISO-8601 instants with offset, unknown
 * fields refused so a typo is never silently ignored. Messages are English: the caller is a machine.
 */
const YEARS = "must be between 1970 and 9999";
const instant = z.iso
  .datetime({ offset: true, message: "must be an ISO-8601 instant with offset, e.g. 2026-11-29T10:30:00+01:00" })
  .refine((value) => isIncidentInstant(new Date(value)), { message: YEARS });
const optionalInstant = instant.optional();
/** Text PostgreSQL stores as given (lib/validation.ts). */
const string = () => text({ message: "must be a string" }, "must not contain NUL or unpaired UTF-16 surrogates");
const flag = z.boolean({ message: "must be true or false" }).optional();

export const intakeNotificationSchema = z.strictObject({
  obligation: z.enum(OBLIGATION_IDS, { message: `must be one of ${OBLIGATION_IDS.join(", ")}` }),
  sentAt: instant,
  reference: string().trim().max(200, { message: "at most 200 characters" }).optional(),
  complete: flag,
});

export const intakeSchema = z
  .strictObject({
    externalId: string()
      .trim()
      .min(1, { message: "must not be empty" })
      .max(200, { message: "at most 200 characters" })
      .optional(),
    title: string()
      .trim()
      .min(1, { message: "must not be empty" })
      .max(200, { message: "at most 200 characters" })
      .optional(),
    description: string().max(5000, { message: "at most 5000 characters" }).optional(),
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
