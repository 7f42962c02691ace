import { describe, expect, it } from "vitest";
import type { IncidentRow } from "../clocks/facts";
import { incidentFactsSchema } from "./schemas";
import { toFactsFormValues } from "./values";

const row = {
  title: "Box reconditionnées",
  description: "Historique visible",
  occurredFrom: new Date("2026-03-29T00:30:00Z"),
  occurredTo: null,
  occurrenceEstimated: true,
  detectedAt: new Date("2026-03-29T09:15:00Z"),
  awareAt: new Date("2026-03-30T10:00:00Z"),
  awarenessReason: "Analyse d’un lot",
  categories: ["confidentiality"],
  cause: "internal_accidental",
  systems: ["Reconditionnement", "CRM"],
  registerRefs: ["TRT-0042"],
  dataCategories: ["traffic_cdr"],
  dataSubjectCategories: ["Abonnés fixes"],
  crossBorder: null,
  peopleCount: 4600,
  recordsCount: null,
  personalData: true,
  telecomService: true,
  nis2Significant: false,
  dataUnintelligible: false,
  unintelligibleEvidence: null,
  consequences: "",
  remedialMeasures: "Effacement",
} as unknown as IncidentRow;

describe("toFactsFormValues", () => {
  it("round-trips through the form schema, across the spring DST change, on the Paris wall clock", () => {
    const values = toFactsFormValues(row);
    expect(values.detectedAt).toBe("2026-03-29T11:15");
    expect(values.occurredFrom).toBe("2026-03-29T01:30");
    const parsed = incidentFactsSchema.parse(values);
    expect(parsed).toMatchObject({
      detectedAt: row.detectedAt,
      awareAt: row.awareAt,
      occurredFrom: row.occurredFrom,
      occurredTo: null,
      systems: ["Reconditionnement", "CRM"],
      registerRefs: ["TRT-0042"],
      peopleCount: 4600,
      recordsCount: null,
      cause: "internal_accidental",
      categories: ["confidentiality"],
    });
  });
});

describe("register references", () => {
  it("are trimmed, upper-cased and kept once, typed one per line or picked as a list", () => {
    const base = toFactsFormValues(row);
    expect(
      incidentFactsSchema.parse({ ...base, registerRefs: " trt-0042\nTRT-0007, trt-0042 \n\n" }).registerRefs,
    ).toEqual(["TRT-0042", "TRT-0007"]);
    expect(incidentFactsSchema.parse({ ...base, registerRefs: ["TRT-0001", " trt-0001"] }).registerRefs).toEqual([
      "TRT-0001",
    ]);
  });
});

describe("scope and chronology in the form (issue 14)", () => {
  const base = () => toFactsFormValues(row);
  it("personal data and telecom service are yes, no or unknown; unknown is stored as null", () => {
    expect(base()).toMatchObject({ personalData: "true", telecomService: "true" });
    const parsed = incidentFactsSchema.parse({ ...base(), dataCategories: [], personalData: "", telecomService: "" });
    expect(parsed).toMatchObject({ personalData: null, telecomService: null });
  });

  it("ticked data categories imply personal data: unknown becomes yes, an explicit no is refused", () => {
    expect(incidentFactsSchema.parse({ ...base(), personalData: "" }).personalData).toBe(true);
    const refused = incidentFactsSchema.safeParse({ ...base(), personalData: "false" });
    expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["personalData", "incidents.errors.categoriesImplyPersonalData"],
    ]);
  });

  it("occurrence after detection and a NIS2 awareness without its reason are refused, field by field", () => {
    const result = incidentFactsSchema.safeParse({
      ...base(),
      occurredFrom: "2026-03-29T12:00",
      nis2AwareAt: "2026-03-29T13:00",
    });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["occurredFrom", "incidents.errors.occurrenceAfterDetection"],
      ["nis2AwarenessReason", "incidents.errors.awarenessReasonRequired"],
    ]);
  });
});
