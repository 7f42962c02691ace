import { z } from "zod";
import { registerReference } from "@/lib/register/reference";
import { text as storableText } from "@/lib/validation";
import { isIncidentInstant } from "../reference";
import { DATA_CATEGORY_KEYS } from "@/lib/register/catalogue/catalogue";
import { chronologyIssues, type ChronologyCode } from "../chronology/chronology";
import { parseLocalDateTime } from "../clocks/local-time";
import { OBLIGATION_IDS } from "../obligations/obligations";
import { severityInputSchema } from "../schemas";

/**
 * Client-safe schemas of the incident forms and their server actions. Instants are typed on the
 * Paris wall clock (`datetime-local`) or given as ISO instants with offset. Messages are keys.
 */
const E = {
  required: "incidents.errors.required",
  invalid: "incidents.errors.invalid",
  invalidOption: "incidents.errors.invalidOption",
  tooLong: "incidents.errors.tooLong",
  instant: "incidents.errors.instant",
  rationale: "incidents.errors.rationaleRequired",
  awarenessReason: "incidents.errors.awarenessReasonRequired",
  awarenessBeforeDetection: "incidents.errors.awarenessBeforeDetection",
  occurrenceOrder: "incidents.errors.occurrenceOrder",
  exceptionNeedsNo: "incidents.errors.exceptionNeedsNo",
  targetRange: "incidents.errors.targetRange",
  categoriesImplyPersonalData: "incidents.errors.categoriesImplyPersonalData",
  publicationIncomplete: "incidents.errors.publicationIncomplete",
  publicationNeedsException: "incidents.errors.publicationNeedsException",
  publicationNotNotification: "incidents.errors.publicationNotNotification",
} as const;

/** GDPR Art. 34(3)(c): a public communication is recorded only under that exception (i18n key). */
export const PUBLICATION_NEEDS_EXCEPTION = E.publicationNeedsException;

/** The i18n key of each impossible fact (issue 14, point 7). */
export const CHRONOLOGY_ERRORS: Record<ChronologyCode, string> = {
  in_future: "incidents.errors.inFuture",
  occurrence_after_detection: "incidents.errors.occurrenceAfterDetection",
  awareness_before_detection: E.awarenessBeforeDetection,
  reason_required: E.awarenessReason,
  sent_before_detection: "incidents.errors.sentBeforeDetection",
};

export const INCIDENT_CATEGORIES = ["confidentiality", "integrity", "availability"] as const;
export const INCIDENT_CAUSES = [
  "internal_accidental",
  "internal_malicious",
  "external_accidental",
  "external_malicious",
] as const;
export const INCIDENT_STATUSES = ["detected", "investigating", "contained", "closed"] as const;
export const RISK_LEVELS = ["unlikely", "risk", "high"] as const;
export const ART34_EXCEPTIONS = ["unintelligible", "risk_no_longer_likely", "disproportionate_effort"] as const;
export const TIMELINE_KINDS = ["occurrence", "detection", "awareness", "containment", "note"] as const;

const text = (max: number) => storableText({ error: E.invalid }).trim().max(max, { error: E.tooLong });
const requiredText = (max: number, message: string = E.required) => text(max).min(1, { error: message });
const instant = z
  .string({ error: E.required })
  .trim()
  .min(1, { error: E.required })
  .transform((value, ctx) => {
    const date = parseLocalDateTime(value);
    if (!date || !isIncidentInstant(date)) ctx.addIssue({ code: "custom", message: E.instant });
    return date ?? new Date(NaN);
  });
const optionalInstant = z
  .union([z.literal(""), z.null(), instant])
  .optional()
  .transform((value) => (value instanceof Date ? value : null));
const count = z
  .union([
    z.literal(""),
    z.null(),
    z.coerce.number({ error: E.invalid }).int({ error: E.invalid }).min(0, { error: E.invalid }),
  ])
  .optional()
  .transform((value) => (typeof value === "number" ? value : null));
/** A list typed one item per line (or comma-separated), or already an array. */
const list = (max = 40) =>
  z
    .union([z.string({ error: E.invalid }).transform((v) => v.split(/[\n,]/)), z.array(z.string({ error: E.invalid }))])
    .optional()
    .transform((items) => (items ?? []).map((item) => item.trim()).filter(Boolean))
    .pipe(z.array(storableText().max(200, { error: E.tooLong })).max(max, { error: E.tooLong }));
/** Register references (`TRT-0042`): trimmed, upper-cased, each once; their existence is checked by the mutation. */
const registerReferences = list()
  .pipe(z.array(registerReference(E.invalid)))
  .transform((items) => [...new Set(items)]);
/** Checked boxes: react-hook-form gives an array, `false` when none is checked, or one value. */
const checkboxes = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.literal(false), z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v : typeof v === "string" ? [v] : []))
    .pipe(z.array(z.enum(values, { error: E.invalidOption })));
/** Yes or no, from a select ("true" / "false") or a boolean; an empty choice is an error. */
const yesNo = z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")], { error: E.required });
/** Yes, no or unknown (`null`, an empty choice): unknown applies the obligations provisionally. */
const yesNoUnknown = z
  .union([z.boolean(), z.null(), z.enum(["", "true", "false"], { error: E.invalidOption })])
  .optional()
  .transform((v) => (v === "true" || v === true ? true : v === "false" || v === false ? false : null));
const version = z.coerce.number({ error: E.invalid }).int().positive();
const id = z.uuid({ error: E.invalid });

/** The impossible facts of a form's input (`now` null: the order only, as in the browser). */
export function factsChronology(
  input: {
    detectedAt: Date | null;
    occurredFrom: Date | null;
    occurredTo: Date | null;
    awareAt: Date | null;
    awarenessReason?: string | null;
    nis2AwareAt: Date | null;
    nis2AwarenessReason?: string | null;
    publicCommunicationPublishedAt?: Date | null;
  },
  now: Date | null,
) {
  return chronologyIssues(
    {
      detectedAt: input.detectedAt,
      occurredFrom: input.occurredFrom,
      occurredTo: input.occurredTo,
      awareAt: input.awareAt,
      awareReason: input.awarenessReason,
      nis2AwareAt: input.nis2AwareAt,
      nis2AwareReason: input.nis2AwarenessReason,
      publishedAt: input.publicCommunicationPublishedAt,
    },
    now,
    {
      occurredFrom: "occurredFrom",
      awareReason: "awarenessReason",
      nis2AwareReason: "nis2AwarenessReason",
      publishedAt: ["publicCommunicationPublishedAt"],
    },
  );
}

/** The facts of an incident, as opened by hand. */
export const incidentFactsSchema = z
  .object({
    title: requiredText(200),
    description: text(5000).default(""),
    occurredFrom: optionalInstant,
    occurredTo: optionalInstant,
    occurrenceEstimated: z.boolean().default(false),
    detectedAt: instant,
    awareAt: optionalInstant,
    awarenessReason: text(2000).nullish(),
    nis2AwareAt: optionalInstant,
    nis2AwarenessReason: text(2000).nullish(),
    categories: checkboxes(INCIDENT_CATEGORIES),
    cause: z
      .union([z.literal(""), z.null(), z.enum(INCIDENT_CAUSES, { error: E.invalidOption })])
      .optional()
      .transform((v) => v || null),
    systems: list(),
    registerRefs: registerReferences,
    dataCategories: checkboxes(DATA_CATEGORY_KEYS),
    /** GDPR Art. 33(3)(a): categories of data subjects (subscribers, prospects, employees…). */
    dataSubjectCategories: list(),
    peopleCount: count,
    /** Cross-border aspects; empty: none known. */
    crossBorder: text(2000).nullish(),
    recordsCount: count,
    personalData: yesNoUnknown,
    telecomService: yesNoUnknown,
    nis2Significant: z.boolean().default(false),
    dataUnintelligible: z.boolean().default(false),
    unintelligibleEvidence: text(2000).nullish(),
    /** GDPR Art. 34(3)(c): where and when the public communication was published (both or neither). */
    publicCommunicationPublishedAt: optionalInstant,
    publicCommunicationPublishedIn: text(500).nullish(),
    consequences: text(4000).default(""),
    remedialMeasures: text(4000).default(""),
  })
  .superRefine((input, ctx) => {
    const issues = factsChronology(input, null);
    for (const issue of issues)
      ctx.addIssue({ code: "custom", path: issue.path, message: CHRONOLOGY_ERRORS[issue.code] });
    const t = (d: Date | null) => (d && !Number.isNaN(d.getTime()) ? d.getTime() : null);
    const from = t(input.occurredFrom);
    const to = t(input.occurredTo);
    if (from !== null && to !== null && to < from) {
      ctx.addIssue({ code: "custom", path: ["occurredTo"], message: E.occurrenceOrder });
    }
    const publishedIn = (input.publicCommunicationPublishedIn ?? "").trim() !== "";
    if (input.publicCommunicationPublishedAt && !publishedIn)
      ctx.addIssue({ code: "custom", path: ["publicCommunicationPublishedIn"], message: E.publicationIncomplete });
    if (publishedIn && !input.publicCommunicationPublishedAt)
      ctx.addIssue({ code: "custom", path: ["publicCommunicationPublishedAt"], message: E.publicationIncomplete });
    // Data categories breached are personal data: "no" contradicts them.
    if (input.dataCategories.length > 0 && input.personalData === false) {
      ctx.addIssue({ code: "custom", path: ["personalData"], message: E.categoriesImplyPersonalData });
    }
  })
  .transform((input) => ({
    ...input,
    personalData: input.dataCategories.length > 0 ? true : input.personalData,
  }));
export type IncidentFactsInput = z.input<typeof incidentFactsSchema>;
export type IncidentFactsValues = z.output<typeof incidentFactsSchema>;

/** Awareness, with the reason it differs from detection (EDPB Guidelines 9/2022). */
export const recordAwarenessSchema = z.object({
  id,
  version,
  /** `gdpr`: awareness of the personal-data breach; `nis2`: of the significant incident (Art. 23(4)). */
  regime: z.enum(["gdpr", "nis2"], { error: E.invalidOption }).default("gdpr"),
  awareAt: instant,
  reason: requiredText(2000, E.awarenessReason),
});

/** An entry added to the timeline (corrections are new entries). */
export const timelineEntrySchema = z.object({
  id,
  kind: z.enum(TIMELINE_KINDS, { error: E.invalidOption }),
  at: instant,
  text: requiredText(4000),
});

/** ENISA severity and the DPO's risk level. */
export const assessSeveritySchema = z.object({
  id,
  version,
  severity: severityInputSchema,
  riskLevel: z.enum(RISK_LEVELS, { error: E.invalidOption }),
});

/** The DPO's decisions, each with its mandatory rationale, separate from the suggestion. */
export const recordDecisionSchema = z
  .object({
    id,
    version,
    notifyAuthority: yesNo,
    notifyAuthorityRationale: requiredText(4000, E.rationale),
    informPeople: yesNo,
    informPeopleRationale: requiredText(4000, E.rationale),
    art34Exception: z
      .union([z.literal(""), z.null(), z.enum(ART34_EXCEPTIONS, { error: E.invalidOption })])
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((input, ctx) => {
    if (input.art34Exception && input.informPeople) {
      ctx.addIssue({ code: "custom", path: ["art34Exception"], message: E.exceptionNeedsNo });
    }
  });

/** The DPO's override of an obligation's applicability (removed with `applies: null`). */
export const overrideObligationSchema = z.object({
  id,
  version,
  obligation: z.enum(OBLIGATION_IDS, { error: E.invalidOption }),
  /** `remove` takes the override away. */
  applies: z.union([yesNo, z.literal("remove").transform(() => null), z.null()], { error: E.required }),
  reason: requiredText(2000, E.rationale),
});

/** A notification recorded as sent; a late one needs the reasons for the delay (checked on the server). */
export const recordNotificationSchema = z.object({
  id,
  // Art. 34(3)(c) is met by its publication (where and when), recorded with the facts.
  obligation: z
    .enum(OBLIGATION_IDS, { error: E.invalidOption })
    .refine((obligation) => obligation !== "gdpr-34-public", { error: E.publicationNotNotification }),
  sentAt: instant,
  reference: text(200).nullish(),
  complete: z.boolean().default(true),
  delayReason: text(4000).nullish(),
  draft: text(20000).nullish(),
});

export const changeStatusSchema = z.object({
  id,
  version,
  status: z.enum(INCIDENT_STATUSES, { error: E.invalidOption }),
  note: text(2000).nullish(),
});

export const updateFactsSchema = z.object({ id, version }).and(incidentFactsSchema);

const SUGGESTIONS = ["document_only", "notify_authority", "notify_authority_and_inform_people"] as const;
const suggestion = z.enum(SUGGESTIONS, { error: E.invalidOption });

/** The organisation's incident settings (DPO): NIS2 switch, internal target, severity → suggestion. */
export const incidentSettingsSchema = z.object({
  nis2Enabled: z.boolean(),
  incidentTargetHours: z.coerce
    .number({ error: E.invalid })
    .int({ error: E.invalid })
    .min(1, { error: E.targetRange })
    .max(720, { error: E.targetRange }),
  severitySuggestions: z.object({ low: suggestion, medium: suggestion, high: suggestion, very_high: suggestion }),
});
