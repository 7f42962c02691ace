import { z } from "zod";
import { ENTRY_STATUSES, processingActivityFieldsSchema } from "@/lib/register/schemas";

/**
 * The register in JSON (the export file and the machine API's pages), described with the same zod
 * schemas the register's forms and actions use: the JSON Schema published in docs/ is generated
 * from these (`npm run docs:schemas`) and a test fails when the published one is out of date.
 */
export const registerRecordSchema = z
  .object({
    reference: z.string().regex(/^TRT-\d{4,}$/),
    version: z.int().min(1),
    status: z.enum(ENTRY_STATUSES),
    savedAt: z.iso.datetime({ offset: true }).describe("When this version of the entry was saved (ISO 8601)."),
    content: processingActivityFieldsSchema.describe(
      "The entry as saved, GDPR Art. 30(1) or 30(2): see lib/register/schemas.ts.",
    ),
  })
  .describe("One entry of the register of processing activities, at one version.");
export type RegisterRecordJson = z.infer<typeof registerRecordSchema>;

const asOf = z.iso
  .date()
  .nullable()
  .describe("The register as saved at the end of this day (organisation's time zone); null: the current register.");

export const registerExportSchema = z
  .object({
    format: z.literal("vigie-register"),
    formatVersion: z.literal(1),
    organisation: z.object({ name: z.string(), dpoContact: z.string() }).nullable(),
    generatedAt: z.iso.datetime({ offset: true }),
    asOf,
    activeOnly: z.boolean(),
    reference: z.string().nullable().describe("One entry only, or null for the whole register."),
    entries: z.array(registerRecordSchema),
  })
  .describe("Vigie register export (JSON), every entry in full.");
export type RegisterExportJson = z.infer<typeof registerExportSchema>;

export const registerPageSchema = z
  .object({
    asOf,
    entries: z.array(registerRecordSchema),
    nextCursor: z.string().nullable().describe("Pass as `cursor` to read the next page; null on the last page."),
  })
  .describe("One page of GET /api/v1/register.");
export type RegisterPageJson = z.infer<typeof registerPageSchema>;

export const SCHEMA_BASE = "https://vigie.example/schemas/";

/** The published JSON Schemas, by file name under docs/. */
export function registerJsonSchemas(): Record<string, Record<string, unknown>> {
  const generate = (name: string, schema: z.ZodType) => ({
    $id: `${SCHEMA_BASE}${name}`,
    ...z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }),
  });
  return {
    "register.schema.json": generate("register.schema.json", registerExportSchema),
    "register-page.schema.json": generate("register-page.schema.json", registerPageSchema),
  };
}

/** A schema file's exact text (two-space indentation, final newline). */
export function schemaFileText(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** A record as it appears in the JSON. */
export function recordJson(record: {
  reference: string;
  version: number;
  status: RegisterRecordJson["status"];
  savedAt: Date;
  content: RegisterRecordJson["content"];
}): RegisterRecordJson {
  return {
    reference: record.reference,
    version: record.version,
    status: record.status,
    savedAt: record.savedAt.toISOString(),
    content: record.content,
  };
}
