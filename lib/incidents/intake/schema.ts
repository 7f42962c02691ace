import { z } from "zod";
import { text as storableText } from "@/lib/validation";
import { chronologyIssues, type ChronologyCode } from "../chronology/chronology";
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
/** Scope facts: `null` (or absent) is "unknown", which applies the obligations provisionally. */
const scopeFlag = z.boolean({ message: "must be true, false or null (unknown)" }).nullable().optional();
/** Text PostgreSQL stores as given (lib/validation.ts). */
const text = () => storableText({ message: "must be a string" }, "must not contain NUL or unpaired UTF-16 surrogates");

export const intakeNotificationSchema = z.strictObject({
  obligation: z.enum(OBLIGATION_IDS, { message: `must be one of ${OBLIGATION_IDS.join(", ")}` }),
  sentAt: instant,
  reference: text().trim().max(200, { message: "at most 200 characters" }).optional(),
  complete: flag,
});

/** GDPR Art. 34(3)(c): the public communication's evidence, where and when it was published. */
const publicCommunicationSchema = z.strictObject(
  {
    publishedAt: z.iso
      .datetime({ offset: true, message: "is required: an ISO-8601 instant with offset" })
      .refine((value) => isIncidentInstant(new Date(value)), { message: YEARS }),
    publishedIn: text()
      .trim()
      .min(1, { message: "is required: where it was published (web page, newspaper, customer area)" })
      .max(500, { message: "at most 500 characters" }),
  },
  { message: "must be an object { publishedAt, publishedIn } or null" },
);

const reason = text().trim().max(2000, { message: "at most 2000 characters" }).optional();

const CHRONOLOGY_MESSAGES: Record<ChronologyCode, string> = {
  in_future: "must not be in the future (5 minutes of clock skew allowed)",
  occurrence_after_detection: "must not be after detectedAt",
  awareness_before_detection: "must not be before detectedAt",
  reason_required: "is required when the awareness instant is later than detectedAt (EDPB Guidelines 9/2022)",
  sent_before_detection: "must not be before detectedAt",
};

const intakeObject = z.strictObject({
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
  /** GDPR Art. 33(1): awareness of the personal-data breach, with its reason when later than detection. */
  awareAt: optionalInstant,
  awareReason: reason,
  /** NIS2 Art. 23(4): awareness of the significant incident, with its reason when later than detection. */
  nis2AwareAt: optionalInstant,
  nis2AwareReason: reason,
  personalData: scopeFlag,
  telecomService: scopeFlag,
  nis2Significant: flag,
  riskLevel: z.enum(["unlikely", "risk", "high"], { message: 'must be "unlikely", "risk" or "high"' }).optional(),
  dataUnintelligible: flag,
  /** GDPR Art. 34(3): the exception recorded; "disproportionate_effort" makes a public communication due. */
  art34Exception: z
    .enum(["unintelligible", "risk_no_longer_likely", "disproportionate_effort"], {
      message: 'must be "unintelligible", "risk_no_longer_likely", "disproportionate_effort" or null',
    })
    .nullable()
    .optional(),
  publicCommunication: publicCommunicationSchema.nullable().optional(),
  notifications: z
    .array(intakeNotificationSchema, { message: "must be an array" })
    .max(50, { message: "at most 50 notifications" })
    .optional(),
});

/**
 * The intake body as of `now`: impossible facts are refused field by field (a detection in the future, an awareness before detection...),
 * so nothing is written and no reference number is consumed.
 */
export function intakeSchemaAt(now: Date) {
  return intakeObject.superRefine((body, ctx) => {
    const date = (value: string | undefined) => (value ? new Date(value) : null);
    const issues = chronologyIssues(
      {
        detectedAt: date(body.detectedAt),
        occurredFrom: date(body.occurredAt),
        awareAt: date(body.awareAt),
        awareReason: body.awareReason,
        nis2AwareAt: date(body.nis2AwareAt),
        nis2AwareReason: body.nis2AwareReason,
        notifications: (body.notifications ?? []).map((n) => ({ sentAt: date(n.sentAt) })),
        publishedAt: date(body.publicCommunication?.publishedAt),
      },
      now,
      {
        occurredFrom: "occurredAt",
        awareReason: "awareReason",
        nis2AwareReason: "nis2AwareReason",
        publishedAt: ["publicCommunication", "publishedAt"],
      },
    );
    for (const issue of issues) {
      ctx.addIssue({ code: "custom", path: issue.path, message: CHRONOLOGY_MESSAGES[issue.code] });
    }
    if (body.publicCommunication && body.art34Exception !== "disproportionate_effort") {
      ctx.addIssue({
        code: "custom",
        path: ["publicCommunication"],
        message: 'is the evidence of GDPR Art. 34(3)(c): needs art34Exception "disproportionate_effort"',
      });
    }
    (body.notifications ?? []).forEach((n, index) => {
      if (n.obligation === "gdpr-34-public")
        ctx.addIssue({
          code: "custom",
          path: ["notifications", index, "obligation"],
          message: "gdpr-34-public is met by publicCommunication (where and when it was published), not a notification",
        });
    });
  });
}
export type IntakeBody = z.output<typeof intakeObject>;
