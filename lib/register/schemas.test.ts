import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  createEmptyControllerServed,
  createEmptyProcessingActivity,
  createEmptyPurpose,
  createEmptyRecipient,
  createEmptyRetentionRule,
  createEmptyTransfer,
} from "./entry/defaults";
import {
  controllerServedSchema,
  processingActivityFieldsSchema,
  processingActivitySchema,
  purposeSchema,
  recipientSchema,
  retentionRuleSchema,
  transferSchema,
  type ProcessingActivity,
} from "./schemas";
import { buildControllerEntry, buildProcessorEntry } from "./test-fixtures";

const issuesOf = (value: unknown) =>
  processingActivitySchema.safeParse(value).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

const draft = (overrides: Partial<ProcessingActivity>) => buildControllerEntry({ status: "draft", ...overrides });

describe("processingActivitySchema: shape", () => {
  it("accepts complete controller and processor entries", () => {
    expect(issuesOf(buildControllerEntry())).toEqual([]);
    expect(issuesOf(buildProcessorEntry())).toEqual([]);
  });

  it("accepts a new empty draft and every empty row", () => {
    expect(issuesOf(createEmptyProcessingActivity("Nouveau traitement"))).toEqual([]);
    expect(purposeSchema.safeParse(createEmptyPurpose()).success).toBe(true);
    expect(recipientSchema.safeParse(createEmptyRecipient()).success).toBe(true);
    expect(transferSchema.safeParse(createEmptyTransfer()).success).toBe(true);
    expect(retentionRuleSchema.safeParse(createEmptyRetentionRule("hr_data")).success).toBe(true);
    expect(controllerServedSchema.safeParse(createEmptyControllerServed()).success).toBe(true);
  });

  it("trims text and upper-cases country codes", () => {
    const parsed = processingActivitySchema.parse(
      draft({
        name: "  Facturation  ",
        transfers: [{ ...createEmptyTransfer(), country: " ma ", mechanism: "sccs" }],
      }),
    );
    expect(parsed.name).toBe("Facturation");
    expect(parsed.transfers[0]?.country).toBe("MA");
  });

  it("always requires a name, even in a draft", () => {
    expect(issuesOf(draft({ name: "   " }))).toEqual([["name", "register.errors.required"]]);
  });

  it("reports malformed values with message keys", () => {
    expect(issuesOf({ ...draft({}), role: "owner", nextReviewOn: "30/06/2027", dataCategories: ["gossip"] })).toEqual([
      ["role", "register.errors.invalidOption"],
      ["dataCategories.0", "register.errors.invalidOption"],
      ["nextReviewOn", "register.errors.invalidDate"],
    ]);
    expect(issuesOf(draft({ transfers: [{ ...createEmptyTransfer(), country: "USA" }] }))).toEqual([
      ["transfers.0.country", "register.errors.invalidCountry"],
    ]);
    expect(issuesOf(draft({ dataCategories: ["hr_data", "hr_data"], retention: [] }))).toEqual([
      ["dataCategories.1", "register.errors.duplicate"],
    ]);
    expect(issuesOf(draft({ name: "x".repeat(201) }))).toEqual([["name", "register.errors.tooLong"]]);
    const badDuration = {
      ...createEmptyRetentionRule("civil_identity"),
      duration: { value: 1.5, unit: "years" as const },
    };
    expect(issuesOf(draft({ retention: [badDuration] }))).toEqual([
      ["retention.0.duration.value", "register.errors.invalidNumber"],
    ]);
  });

  it("only ever answers with message keys, whatever the input", () => {
    const fieldNames = Object.keys(processingActivityFieldsSchema.shape);
    const mangled = fc.record({
      field: fc.constantFrom(...fieldNames),
      value: fc.oneof(fc.anything(), fc.string(), fc.constant(undefined), fc.array(fc.anything())),
    });
    fc.assert(
      fc.property(mangled, fc.anything(), ({ field, value }, junk) => {
        const inputs = [{ ...buildControllerEntry(), [field]: value }, junk];
        for (const input of inputs) {
          for (const issue of processingActivitySchema.safeParse(input).error?.issues ?? []) {
            expect(issue.message).toMatch(/^register\.[a-zA-Z]+\.[a-zA-Z_.]+$/);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("processingActivitySchema: invariants, drafts included", () => {
  it("refuses a retention rule for an undeclared or already covered category", () => {
    const rules = buildControllerEntry().retention;
    expect(issuesOf(draft({ retention: [...rules, createEmptyRetentionRule("hr_data"), { ...rules[0]! }] }))).toEqual([
      ["retention.3.dataCategory", "register.errors.retentionCategoryNotDeclared"],
      ["retention.4.dataCategory", "register.errors.retentionCategoryDuplicate"],
    ]);
  });

  it("refuses a 'transfer' to an EEA country (GDPR Art. 44)", () => {
    const toFrance = { ...createEmptyTransfer(), country: "fr", mechanism: "sccs" as const };
    expect(issuesOf(draft({ transfers: [toFrance] }))).toEqual([
      ["transfers.0.country", "register.errors.transferCountryInEea"],
    ]);
    const served = { ...createEmptyControllerServed(), transfers: [{ ...toFrance, country: "RE" }] };
    expect(issuesOf(buildProcessorEntry({ status: "draft", controllersServed: [served] }))).toEqual([
      ["controllersServed.0.transfers.0.country", "register.errors.transferCountryInEea"],
    ]);
  });

  it("refuses a DPO waiver when the CNIL type is derived from location data at large scale", () => {
    const entry = draft({
      dataCategories: ["location_cell"],
      retention: [],
      dpia: {
        ...buildControllerEntry().dpia,
        criteria: ["large_scale"],
        dpoOverride: { isDpiaRequired: false, reason: "Anonymised" },
      },
    });
    expect(issuesOf(entry)).toEqual([["dpia.dpoOverride.isDpiaRequired", "register.errors.dpoOverrideNotAllowed"]]);
  });
});

describe("processingActivitySchema: once out of draft", () => {
  it("lets a draft miss Art. 30 items but refuses them for an active entry", () => {
    const empty = createEmptyProcessingActivity("Vidéoprotection des boutiques");
    expect(issuesOf(empty)).toEqual([]);
    expect(issuesOf({ ...empty, status: "active" })).toEqual([
      ["organisation.name", "register.errors.organisationNameRequired"],
      ["organisation.contact", "register.errors.organisationContactRequired"],
      ["dpo.name", "register.errors.dpoNameRequired"],
      ["dpo.contact", "register.errors.dpoContactRequired"],
      ["purposes", "register.errors.purposesRequired"],
      ["dataSubjectCategories", "register.errors.dataSubjectsRequired"],
      ["dataCategories", "register.errors.dataCategoriesRequired"],
      ["recipients", "register.errors.recipientsRequired"],
      ["securityMeasures.measures", "register.errors.securityMeasuresRequired"],
    ]);
  });

  it("requires a balancing test for legitimate interests", () => {
    const purposes = [
      { ...createEmptyPurpose(), description: "Prévenir la fraude", legalBasis: "legitimate_interests" as const },
    ];
    expect(issuesOf(draft({ purposes }))).toEqual([]);
    expect(issuesOf(buildControllerEntry({ purposes }))).toEqual([
      ["purposes.0.balancingTest", "register.errors.balancingTestRequired"],
    ]);
    const balanced = [
      { ...purposes[0]!, balancingTest: "Intérêt: prévenir la fraude; attentes raisonnables; garanties" },
    ];
    expect(issuesOf(buildControllerEntry({ purposes: balanced }))).toEqual([]);
  });

  it("requires a legal basis per purpose and an Art. 9 condition for special data", () => {
    const entry = buildControllerEntry({
      purposes: [{ ...createEmptyPurpose(), description: "Offres adaptées au handicap", legalBasis: null }],
      dataCategories: ["special_health"],
      retention: [{ ...createEmptyRetentionRule("special_health"), trigger: "fin du contrat" }],
    });
    expect(issuesOf(entry)).toEqual([
      ["purposes.0.legalBasis", "register.errors.legalBasisRequired"],
      ["purposes.0.art9Condition", "register.errors.art9ConditionRequired"],
    ]);
  });

  it("requires a justification for a retention period above its ceiling", () => {
    const long = buildControllerEntry().retention.map((rule) =>
      rule.dataCategory === "civil_identity" ? { ...rule, duration: { value: 10, unit: "years" as const } } : rule,
    );
    expect(issuesOf(draft({ retention: long }))).toEqual([]);
    expect(issuesOf(buildControllerEntry({ retention: long }))).toEqual([
      ["retention.0.justification", "register.errors.retentionJustificationRequired"],
    ]);
    const justified = long.map((rule, i) => (i === 0 ? { ...rule, justification: "Litige en cours" } : rule));
    expect(issuesOf(buildControllerEntry({ retention: justified }))).toEqual([]);
  });

  it("requires documented safeguards for an Art. 49 derogation", () => {
    const transfer = {
      ...createEmptyTransfer(),
      country: "MA",
      recipient: "Centre d'appels",
      mechanism: "art49_derogation" as const,
    };
    const recipients = [{ kind: "processor" as const, name: "Centre d'appels", isInThirdCountry: true }];
    expect(issuesOf(buildControllerEntry({ recipients, transfers: [transfer] }))).toEqual([
      ["transfers.0.documentationReference", "register.errors.transferDocumentationRequired"],
    ]);
  });

  it("requires the controllers served of a processor entry", () => {
    expect(issuesOf(buildProcessorEntry({ controllersServed: [] }))).toEqual([
      ["controllersServed", "register.errors.controllersServedRequired"],
    ]);
  });

  it("does not block an active entry on good-practice gaps", () => {
    expect(issuesOf(buildControllerEntry({ businessOwner: "", systems: [], nextReviewOn: null }))).toEqual([]);
  });
});
