import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { consentEventSchema, createPurposeSchema, lookupSchema } from "@/lib/consent/schemas";
import { incidentFactsSchema, recordNotificationSchema } from "@/lib/incidents/form/schemas";
import { intakeSchemaAt } from "@/lib/incidents/intake/schema";

const intakeSchema = intakeSchemaAt(new Date("2026-12-01T12:00:00Z"));
import { registerFiltersSchema } from "@/lib/register/list/filters";
import { processingActivityFieldsSchema } from "@/lib/register/schemas";
import { decideReleaseSchema, uploadReleaseSchema } from "@/lib/releases/schemas";
import { detectionTestIntakeSchema, findingIntakeSchema } from "@/lib/security-programme/intake/schema";
import {
  acceptRiskSchema,
  auditSchema,
  detectionTestSchema,
  findingSchema,
  findingStatusSchema,
  providerSchema,
  systemSchema,
  verifyFindingSchema,
} from "@/lib/security-programme/schemas";
import { createUserSchema } from "@/lib/users/schemas";
import { INVALID_TEXT, zodFieldErrors } from "@/lib/validation";

const HOSTILE = ["a\u0000b", "\ud800", "x\udfffy"];

/** Each form or API schema, with the text field that must refuse NUL and lone surrogates by name. */
const cases: [string, z.ZodType, string, string][] = [
  ["register entry", processingActivityFieldsSchema, "name", INVALID_TEXT],
  ["incident facts", incidentFactsSchema, "title", INVALID_TEXT],
  ["incident notification", recordNotificationSchema, "reference", INVALID_TEXT],
  ["user", createUserSchema, "name", INVALID_TEXT],
  ["API key", createApiKeySchema, "name", INVALID_TEXT],
  ["consent purpose", createPurposeSchema, "labelFr", INVALID_TEXT],
  ["consent event (API and CSV rows)", consentEventSchema, "subscriberRef", INVALID_TEXT],
  ["consent proof lookup", lookupSchema, "subscriberRef", INVALID_TEXT],
  ["release upload (query)", uploadReleaseSchema, "recipient", INVALID_TEXT],
  ["release upload (query)", uploadReleaseSchema, "purpose", INVALID_TEXT],
  ["release decision", decideReleaseSchema, "rationale", INVALID_TEXT],
  ["incident intake API", intakeSchema, "title", "must not contain NUL or unpaired UTF-16 surrogates"],
  ["security system", systemSchema, "name", INVALID_TEXT],
  ["security system", systemSchema, "description", INVALID_TEXT],
  ["detection test", detectionTestSchema, "scenario", INVALID_TEXT],
  ["audit provider", providerSchema, "name", INVALID_TEXT],
  ["security audit", auditSchema, "title", INVALID_TEXT],
  ["security audit", auditSchema, "reportReference", INVALID_TEXT],
  ["security finding", findingSchema, "owner", INVALID_TEXT],
  ["finding status", findingStatusSchema, "evidence", INVALID_TEXT],
  ["risk acceptance", acceptRiskSchema, "rationale", INVALID_TEXT],
  ["finding retest", verifyFindingSchema, "evidence", INVALID_TEXT],
  ["security finding API", findingIntakeSchema, "title", "must not contain NUL or unpaired UTF-16 surrogates"],
  ["detection test API", detectionTestIntakeSchema, "scenario", "must not contain NUL or unpaired UTF-16 surrogates"],
];

describe("hostile text at every form and API schema", () => {
  for (const [label, schema, field, message] of cases) {
    it(`${label}: ${field} refuses NUL and lone surrogates by name`, () => {
      for (const value of HOSTILE) {
        const result = schema.safeParse({ [field]: value });
        expect(result.success).toBe(false);
        if (!result.success) expect(zodFieldErrors(result.error)[field]).toContain(message);
      }
    });
  }

  it("URL filters drop a hostile search instead of sending it to the database", () => {
    expect(registerFiltersSchema.parse({ q: "a\u0000b" }).q).toBeUndefined();
    expect(auditFiltersSchema.parse({ actor: "a\u0000b", entity: "\ud800" })).toMatchObject({
      actor: undefined,
      entity: undefined,
    });
    expect(registerFiltersSchema.parse({ q: "réseau 📡" }).q).toBe("réseau 📡");
  });
});
