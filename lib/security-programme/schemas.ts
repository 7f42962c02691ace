import { z } from "zod";
import { text as storableText } from "@/lib/validation";
import {
  AUDIT_KINDS,
  AUDIT_RESULTS,
  CRITICALITIES,
  EXPOSURES,
  HOSTINGS,
  PROVIDER_KINDS,
  SEVERITIES,
  SOURCE_KINDS,
  TEST_RESULTS,
} from "./vocabulary";

/**
 * Client-safe schemas of the security programme's forms and server actions (messages are i18n keys
 * of the `securityProgramme` namespace). Days are `YYYY-MM-DD`; "not in the future" needs the
 * server's clock and is checked by the mutations.
 */
export const E = {
  required: "securityProgramme.errors.required",
  invalid: "securityProgramme.errors.invalid",
  invalidOption: "securityProgramme.errors.invalidOption",
  tooLong: "securityProgramme.errors.tooLong",
  day: "securityProgramme.errors.day",
  endBeforeStart: "securityProgramme.errors.endBeforeStart",
  validityRequired: "securityProgramme.errors.validityRequired",
  scopesRequired: "securityProgramme.errors.scopesRequired",
  systemsRequired: "securityProgramme.errors.systemsRequired",
  fileTooLarge: "securityProgramme.errors.fileTooLarge",
  fileEmpty: "securityProgramme.errors.fileEmpty",
  inFuture: "securityProgramme.errors.inFuture",
  expiryInPast: "securityProgramme.errors.expiryInPast",
  evidenceRequired: "securityProgramme.errors.evidenceRequired",
  auditRequired: "securityProgramme.errors.auditRequired",
  incidentRequired: "securityProgramme.errors.incidentRequired",
  wholeNumber: "securityProgramme.errors.wholeNumber",
  yearsRange: "securityProgramme.errors.yearsRange",
  daysRange: "securityProgramme.errors.daysRange",
  yearsOrder: "securityProgramme.errors.yearsOrder",
  daysOrder: "securityProgramme.errors.daysOrder",
} as const;

export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

const text = (max: number) =>
  storableText({ error: (issue) => (issue.input === undefined ? E.required : E.invalid) })
    .trim()
    .max(max, { error: E.tooLong });
const requiredText = (max: number) => text(max).min(1, { error: E.required });
const option = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (issue) => (issue.input === undefined || issue.input === "" ? E.required : E.invalidOption),
  });
/** A chosen item: an empty choice is a missing one, anything else not a UUID is invalid. */
const id = z.uuid({ error: (issue) => (issue.input === undefined || issue.input === "" ? E.required : E.invalid) });
const version = z.coerce.number({ error: E.invalid }).int().positive();

/** A calendar day between 1970 and 9999 that exists (no 31 February). */
export const daySchema = z
  .string({ error: E.required })
  .trim()
  .min(1, { error: E.required })
  .refine(
    (value) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && value >= "1970-01-01";
    },
    { error: E.day },
  );
/** A day that may be left out (absent, null or empty: `null`); `.optional()` lets the key be missing. */
const optionalDay = z
  .union([z.literal(""), z.null(), daySchema])
  .optional()
  .transform((value) => (value ? value : null));

/** One value, several, or none (checkboxes and multi-selects), deduplicated. */
const list = <T extends z.ZodType>(item: T, max: number) =>
  z
    .union([z.literal(false), z.string(), z.array(z.unknown())], { error: E.invalid })
    .optional()
    .transform((value) => (value === false || value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(item).max(max, { error: E.tooLong }))
    .transform((values) => [...new Set(values)] as z.output<T>[]);

export const detectionSourceSchema = z.strictObject({
  kind: option([...SOURCE_KINDS, "rule_set"] as const),
  name: requiredText(200),
});

export const systemSchema = z.strictObject({
  name: requiredText(200),
  description: text(2000).default(""),
  owner: requiredText(200),
  hosting: option(HOSTINGS),
  criticality: option(CRITICALITIES),
  exposure: option(EXPOSURES),
  registerEntryIds: list(id, 100),
  sources: z.array(detectionSourceSchema, { error: E.invalid }).max(50, { error: E.tooLong }).default([]),
});
export type SystemValues = z.input<typeof systemSchema>;

export const updateSystemSchema = systemSchema.extend({ id, version });

export const detectionTestSchema = z.strictObject({
  systemId: id,
  testedOn: daySchema,
  result: option(TEST_RESULTS),
  scenario: text(2000).default(""),
});
export type DetectionTestValues = z.input<typeof detectionTestSchema>;

export const providerSchema = z
  .strictObject({
    name: requiredText(200),
    kind: option(PROVIDER_KINDS),
    passiScopes: list(option(AUDIT_KINDS), AUDIT_KINDS.length),
    validFrom: optionalDay,
    validUntil: optionalDay,
  })
  .superRefine((value, ctx) => {
    if (value.kind !== "passi") return;
    if (value.passiScopes.length === 0)
      ctx.addIssue({ code: "custom", path: ["passiScopes"], message: E.scopesRequired });
    if (!value.validFrom) ctx.addIssue({ code: "custom", path: ["validFrom"], message: E.validityRequired });
    if (!value.validUntil) ctx.addIssue({ code: "custom", path: ["validUntil"], message: E.validityRequired });
    if (value.validFrom && value.validUntil && value.validUntil < value.validFrom)
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: E.endBeforeStart });
  });
export type ProviderValues = z.input<typeof providerSchema>;

export const findingFieldsSchema = z.strictObject({
  title: requiredText(300),
  description: text(5000).default(""),
  severity: option(SEVERITIES),
  owner: requiredText(200),
  systemIds: list(id, 100),
});

export const reportFileSchema = z
  .instanceof(File, { error: E.invalid })
  .refine((file) => file.size > 0, { error: E.fileEmpty })
  .refine((file) => file.size <= MAX_REPORT_BYTES, { error: E.fileTooLarge })
  .optional();

const auditFields = z.strictObject({
  title: requiredText(300),
  kind: option(AUDIT_KINDS),
  providerId: id,
  systemIds: list(id, 100).refine((ids) => ids.length > 0, { error: E.systemsRequired }),
  startedOn: daySchema,
  endedOn: optionalDay,
  reportReference: text(200).default(""),
  result: option(AUDIT_RESULTS),
  findings: z.array(findingFieldsSchema, { error: E.invalid }).max(50, { error: E.tooLong }).default([]),
});
const auditDates = (value: { startedOn: string; endedOn: string | null }, ctx: z.RefinementCtx) => {
  if (value.endedOn && value.endedOn < value.startedOn)
    ctx.addIssue({ code: "custom", path: ["endedOn"], message: E.endBeforeStart });
};
/** The audit form in the browser (its file is kept apart from react-hook-form). */
export const auditFormSchema = auditFields.superRefine(auditDates);
/** The server action: the form's fields and the optional report file. */
export const auditSchema = auditFields.extend({ report: reportFileSchema }).superRefine(auditDates);
export type AuditValues = z.input<typeof auditSchema>;

/** Where a finding recorded in the console comes from: an audit, or an incident's post-mortem. */
export const FINDING_SOURCES = ["audit", "incident"] as const;

export const findingSchema = findingFieldsSchema
  .extend({
    auditId: id.optional().or(z.literal("").transform(() => undefined)),
    /** The incident whose post-mortem revealed it. */
    incidentId: id.optional().or(z.literal("").transform(() => undefined)),
    openedOn: daySchema,
    systemIds: list(id, 100).refine((ids) => ids.length > 0, { error: E.systemsRequired }),
    /** The console's form names the source; the audit or incident it names is then required. */
    source: option(FINDING_SOURCES).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.source === "audit" && !value.auditId)
      ctx.addIssue({ code: "custom", path: ["auditId"], message: E.auditRequired });
    if (value.source === "incident" && !value.incidentId)
      ctx.addIssue({ code: "custom", path: ["incidentId"], message: E.incidentRequired });
  });
export type FindingValues = z.input<typeof findingSchema>;

export const findingStatusSchema = z
  .strictObject({
    id,
    version,
    status: option(["open", "in_remediation", "fixed"] as const),
    evidence: text(5000).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.status === "fixed" && !value.evidence)
      ctx.addIssue({ code: "custom", path: ["evidence"], message: E.evidenceRequired });
  });
export type FindingStatusValues = z.input<typeof findingStatusSchema>;

export const acceptRiskSchema = z.strictObject({
  id,
  version,
  rationale: requiredText(5000),
  until: daySchema,
});
export type AcceptRiskValues = z.input<typeof acceptRiskSchema>;

export const verifyFindingSchema = z.strictObject({
  id,
  version,
  retestOn: daySchema,
  evidence: requiredText(5000),
});
export type VerifyFindingValues = z.input<typeof verifyFindingSchema>;

export const FINDING_RELATIONS = ["revealed_by", "exploited_in"] as const;

export const linkFindingSchema = z.strictObject({
  findingId: id,
  incidentId: id,
  relation: option(FINDING_RELATIONS),
});
export type LinkFindingValues = z.input<typeof linkFindingSchema>;
