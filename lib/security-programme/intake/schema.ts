import { z } from "zod";
import { REFERENCE_PATTERN } from "@/lib/incidents/reference";
import { text as storableText } from "@/lib/validation";
import { SEVERITIES, TEST_RESULTS } from "../vocabulary";

/**
 * Bodies of `POST /api/v1/security/findings` (the vulnerability tracker) and
 * `POST /api/v1/security/detection-tests` (the SOC): camelCase, unknown fields refused, days as
 * `YYYY-MM-DD` on the organisation's calendar, systems by their name. Messages are English: the
 * caller is a machine.
 */
const text = () => storableText({ message: "must be a string" }, "must not contain NUL or unpaired UTF-16 surrogates");
const required = (max: number) =>
  text()
    .trim()
    .min(1, { message: "must not be empty" })
    .max(max, { message: `at most ${max} characters` });
const day = z.string({ message: "is required: a day as YYYY-MM-DD" }).refine(
  (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < "1970-01-01") return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  },
  { message: "must be a day that exists, as YYYY-MM-DD, from 1970" },
);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { message: `must be one of ${values.join(", ")}` });

export const findingIntakeSchema = z.strictObject({
  externalId: required(200),
  title: required(300),
  description: text().max(5000, { message: "at most 5000 characters" }).optional(),
  severity: oneOf(SEVERITIES),
  owner: required(200),
  /** Names of systems of the inventory (at least one). */
  systems: z
    .array(required(200), { message: "must be an array of system names" })
    .min(1, { message: "must name at least one system" })
    .max(100, { message: "at most 100 systems" }),
  openedOn: day,
  /** The incident whose post-mortem revealed it, by reference (INC-2026-0007). */
  incident: text()
    .trim()
    .regex(REFERENCE_PATTERN, { message: "must be an incident reference such as INC-2026-0007" })
    .optional(),
});
export type FindingIntake = z.output<typeof findingIntakeSchema>;

export const detectionTestIntakeSchema = z.strictObject({
  externalId: required(200),
  system: required(200),
  testedOn: day,
  result: oneOf(TEST_RESULTS),
  scenario: text().max(2000, { message: "at most 2000 characters" }).optional(),
});
export type DetectionTestIntake = z.output<typeof detectionTestIntakeSchema>;
