import { z } from "zod";
import { exportFormats, reportKinds, type ExportScope, type ReportKind } from "../contract";

/**
 * What the export form sends, and how each report reads it. Client-safe (the form
 * validates with the same schema the server action parses). Messages are translation keys.
 */
export type ScopeField = "period" | "activeOnly" | "asOf" | "reference" | "subscriberRef";

/** The scope fields each report reads; the others are dropped so the history shows only what applies. */
export const scopeFieldsByReport: Record<ReportKind, readonly ScopeField[]> = {
  register: ["activeOnly", "asOf", "reference"],
  "breach-register": ["period"],
  incident: ["reference"],
  consent: ["period"],
  "subscriber-dossier": ["subscriberRef"],
  "audit-log": ["period"],
  "audit-pack": ["period"],
};

const ERR = "exportCentre.errors";
const emptyAsUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** Printable text: no control characters (NUL…), no lone surrogates. */
const safeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `${ERR}.tooLong` })
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value) && value.isWellFormed(), { message: `${ERR}.invalidText` });

const isoDay = z.iso.date({ message: `${ERR}.invalidDate` });
const day = z.preprocess(emptyAsUndefined, isoDay.optional());
/** Object-level checks run even when a field failed: compare only real days. */
const isDay = (value: string | undefined) => value !== undefined && isoDay.safeParse(value).success;

export const REGISTER_REFERENCE = /^TRT-\d{4,}$/;
export const INCIDENT_REFERENCE = /^INC-\d{4}-\d{4,}$/;

export const exportRequestSchema = z
  .object({
    report: z.enum(reportKinds, { message: `${ERR}.reportRequired` }),
    format: z.enum(exportFormats, { message: `${ERR}.formatRequired` }),
    from: day,
    to: day,
    asOf: day,
    activeOnly: z.preprocess(
      (value) => (value === "on" || value === "true" ? true : value === "false" ? false : emptyAsUndefined(value)),
      z.boolean().optional(),
    ),
    reference: z.preprocess(emptyAsUndefined, safeText(32).optional()),
    subscriberRef: z.preprocess(emptyAsUndefined, safeText(128).optional()),
    csvSeparator: z.preprocess(emptyAsUndefined, z.enum([",", ";"], { message: `${ERR}.invalidSeparator` }).optional()),
  })
  .strict()
  .superRefine((input, ctx) => {
    const fields = scopeFieldsByReport[input.report];
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message: `${ERR}.${message}` });
    if (fields.includes("period")) {
      if (!input.from) issue("from", "fromRequired");
      if (!input.to) issue("to", "toRequired");
      if (isDay(input.from) && isDay(input.to) && input.from! > input.to!) issue("to", "toBeforeFrom");
    }
    if (input.report === "incident") {
      if (!input.reference) issue("reference", "incidentRequired");
      else if (!INCIDENT_REFERENCE.test(input.reference)) issue("reference", "incidentInvalid");
    }
    if (input.report === "register" && input.reference && !REGISTER_REFERENCE.test(input.reference))
      issue("reference", "entryInvalid");
    if (input.report === "subscriber-dossier" && !input.subscriberRef) issue("subscriberRef", "subscriberRequired");
    if (input.csvSeparator && input.format !== "csv") issue("csvSeparator", "separatorCsvOnly");
  });

export type ExportRequestInput = z.input<typeof exportRequestSchema>;
export type ExportRequest = z.output<typeof exportRequestSchema>;

/** The scope a report reads, without the fields it ignores (stored in the job and the history). */
export function normaliseScope(request: ExportRequest): ExportScope {
  const fields = scopeFieldsByReport[request.report];
  const scope: ExportScope = {};
  if (fields.includes("period")) Object.assign(scope, { from: request.from, to: request.to });
  if (fields.includes("activeOnly") && request.activeOnly) scope.activeOnly = true;
  if (fields.includes("asOf") && request.asOf) scope.asOf = request.asOf;
  if (fields.includes("reference") && request.reference) scope.reference = request.reference;
  if (fields.includes("subscriberRef") && request.subscriberRef) scope.subscriberRef = request.subscriberRef;
  if (request.format === "csv" && request.csvSeparator) scope.csvSeparator = request.csvSeparator;
  return scope;
}

/** Clock-dependent checks (the organisation's today is given): no period or "as of" date in the future. */
export function futureDateErrors(scope: ExportScope, today: string): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  if (scope.asOf && scope.asOf > today) errors.asOf = [`${ERR}.asOfFuture`];
  if (scope.from && scope.from > today) errors.from = [`${ERR}.fromFuture`];
  return Object.keys(errors).length ? errors : null;
}
