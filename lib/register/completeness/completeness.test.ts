import { describe, expect, it } from "vitest";

import { assessCompleteness, canActivate, type MissingItem } from "./completeness";
import { createEmptyPurpose, createEmptyTransfer } from "../entry/defaults";
import type { ProcessingActivity } from "../schemas";
import { buildControllerEntry } from "../test-fixtures";

const summary = (items: readonly MissingItem[]) => items.map((i) => [i.key, i.section, i.path.join("."), i.article]);
const missingOf = (entry: ProcessingActivity, now?: Date) => summary(assessCompleteness(entry, { now }).missing);

describe("assessCompleteness: controller record, Art. 30(1)", () => {
  it("scores a complete entry 100 with nothing missing", () => {
    expect(assessCompleteness(buildControllerEntry())).toEqual({ score: 100, missing: [] });
    expect(canActivate(buildControllerEntry())).toBe(true);
  });

  it("lists the identity items of (a)", () => {
    const entry = buildControllerEntry({
      organisation: { name: "", contact: "x" },
      dpo: { name: "DPO", contact: " " },
      euRepresentative: { name: "Rep", contact: "" },
    });
    expect(missingOf(entry)).toEqual([
      ["register.errors.organisationNameRequired", "identity", "organisation.name", "GDPR Art. 30(1)(a)"],
      ["register.errors.dpoContactRequired", "identity", "dpo.contact", "GDPR Art. 30(1)(a)"],
      ["register.errors.representativeContactRequired", "identity", "euRepresentative.contact", "GDPR Art. 30(1)(a)"],
    ]);
  });

  it("requires joint controllers for a joint-controller entry, and recommends the Art. 26 arrangement", () => {
    expect(missingOf(buildControllerEntry({ role: "joint_controller" }))).toEqual([
      ["register.errors.jointControllersRequired", "identity", "jointControllers", "GDPR Art. 30(1)(a)"],
    ]);
    const jointControllers = [{ name: "Opérateur partenaire", contact: "", arrangementReference: "" }];
    expect(missingOf(buildControllerEntry({ role: "joint_controller", jointControllers }))).toEqual([
      [
        "register.errors.jointControllerContactRequired",
        "identity",
        "jointControllers.0.contact",
        "GDPR Art. 30(1)(a)",
      ],
      [
        "register.completeness.jointArrangementMissing",
        "identity",
        "jointControllers.0.arrangementReference",
        "GDPR Art. 26(1)",
      ],
    ]);
  });

  it("lists purposes (b), subjects and data (c), recipients (d), security (g)", () => {
    const entry = buildControllerEntry({
      purposes: [],
      dataSubjectCategories: [],
      recipients: [],
      securityMeasures: { measures: [], description: "" },
    });
    expect(missingOf(entry)).toEqual([
      ["register.errors.purposesRequired", "purposes", "purposes", "GDPR Art. 30(1)(b)"],
      ["register.errors.dataSubjectsRequired", "data", "dataSubjectCategories", "GDPR Art. 30(1)(c)"],
      ["register.errors.recipientsRequired", "recipients", "recipients", "GDPR Art. 30(1)(d)"],
      ["register.errors.securityMeasuresRequired", "security", "securityMeasures.measures", "GDPR Art. 30(1)(g)"],
    ]);
    const described = buildControllerEntry({ securityMeasures: { measures: [], description: "Chiffrement, MFA" } });
    expect(assessCompleteness(described).missing).toEqual([]);
  });

  it("lists each data category without a time limit for erasure (f)", () => {
    const entry = buildControllerEntry({
      dataCategories: ["civil_identity", "billing_payment", "billing_traffic", "customer_support"],
    });
    const [item, ...rest] = assessCompleteness(entry).missing;
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      key: "register.errors.retentionRequired",
      section: "retention",
      path: ["retention"],
      article: "GDPR Art. 30(1)(f)",
      level: "mandatory",
      isBlocking: true,
      params: { dataCategory: "customer_support" },
    });
  });

  it("requires a transfer for a third-country recipient or processor (e)", () => {
    const entry = buildControllerEntry({
      recipients: [{ kind: "processor", name: "Centre d'appels", isInThirdCountry: true }],
      processors: [{ name: "Centre d'appels Rabat", service: "Support", country: "MA", contractDate: "2025-01-01" }],
    });
    expect(missingOf(entry)).toEqual([
      [
        "register.errors.transferRequiredForRecipient",
        "transfers",
        "recipients.0.isInThirdCountry",
        "GDPR Art. 30(1)(e)",
      ],
      ["register.errors.transferRequiredForProcessor", "transfers", "processors.0.country", "GDPR Art. 30(1)(e)"],
    ]);
    const transfers = [
      {
        ...createEmptyTransfer(),
        country: "MA",
        mechanism: "sccs" as const,
        documentationReference: "CCT 2021/914 module 2",
      },
    ];
    expect(assessCompleteness({ ...entry, transfers }).missing).toEqual([]);
  });

  it("checks each transfer's destination, mechanism and documentation", () => {
    const transfers = [
      createEmptyTransfer(),
      { ...createEmptyTransfer(), internationalOrganisation: "UIT", mechanism: "art49_derogation" as const },
    ];
    expect(missingOf(buildControllerEntry({ transfers }))).toEqual([
      ["register.errors.transferDestinationRequired", "transfers", "transfers.0.country", "GDPR Art. 30(1)(e)"],
      ["register.errors.transferMechanismRequired", "transfers", "transfers.0.mechanism", "GDPR Art. 30(1)(e)"],
      [
        "register.errors.transferDocumentationRequired",
        "transfers",
        "transfers.1.documentationReference",
        "GDPR Art. 30(1)(e); Art. 49(6)",
      ],
      [
        "register.completeness.transferDocumentationMissing",
        "transfers",
        "transfers.0.documentationReference",
        "GDPR Art. 5(2), Art. 46",
      ],
    ]);
  });

  it("checks legal bases, balancing tests, Art. 9 and Art. 10 conditions", () => {
    const entry = buildControllerEntry({
      purposes: [
        { ...createEmptyPurpose(), description: "Lutte contre la fraude", legalBasis: "legitimate_interests" },
        { ...createEmptyPurpose(), description: "Réquisitions judiciaires", legalBasis: null },
      ],
      dataCategories: ["special_biometric", "criminal_offences"],
      retention: [],
    });
    expect(summary(assessCompleteness(entry).missing.filter((i) => i.section === "legal_basis"))).toEqual([
      ["register.errors.legalBasisRequired", "legal_basis", "purposes.1.legalBasis", "GDPR Art. 6(1)"],
      ["register.errors.balancingTestRequired", "legal_basis", "purposes.0.balancingTest", "GDPR Art. 6(1)(f)"],
      ["register.errors.art9ConditionRequired", "legal_basis", "purposes.0.art9Condition", "GDPR Art. 9(2)"],
      ["register.errors.art9ConditionRequired", "legal_basis", "purposes.1.art9Condition", "GDPR Art. 9(2)"],
      ["register.errors.criminalDataAuthorisationRequired", "legal_basis", "criminalDataAuthorisation", "GDPR Art. 10"],
    ]);
  });

  it("flags a retention period above its ceiling until it is justified", () => {
    const retention = buildControllerEntry().retention.map((rule) =>
      rule.dataCategory === "billing_traffic" ? { ...rule, duration: { value: 3, unit: "years" as const } } : rule,
    );
    const [item] = assessCompleteness(buildControllerEntry({ retention })).missing;
    expect(item).toMatchObject({
      key: "register.errors.retentionJustificationRequired",
      path: ["retention", 2, "justification"],
      level: "conditional",
      params: { dataCategory: "billing_traffic", declaredMonths: 36, ceilingMonths: 12 },
    });
    expect(canActivate(buildControllerEntry({ retention }))).toBe(false);
  });

  it("weighs a required DPIA not done like a missing Art. 30 item, and lists it first", () => {
    const dpia = { ...buildControllerEntry().dpia, criteria: ["large_scale" as const] };
    const withoutDpia = buildControllerEntry({ dpia, businessOwner: "" });
    // The fixture's 34 points (see "scores and activation") plus the DPIA requirement, weighed 2
    // like an Art. 30 item: 36 points, 33 met (DPIA 2 and business owner 1 missing).
    expect(assessCompleteness(withoutDpia).score).toBe(Math.round((100 * 33) / 36));
    const missing = assessCompleteness(withoutDpia).missing;
    expect(missing[0]).toMatchObject({ key: "register.completeness.dpiaRequiredNotDone", level: "major" });
  });

  it("recommends finishing a required DPIA without blocking activation", () => {
    const dpia = { ...buildControllerEntry().dpia, criteria: ["large_scale" as const] };
    const entry = buildControllerEntry({ dataCategories: [...buildControllerEntry().dataCategories], dpia });
    // billing traffic data is highly personal: with large scale, two criteria.
    const missing = assessCompleteness(entry).missing;
    expect(summary(missing)).toEqual([
      ["register.completeness.dpiaRequiredNotDone", "dpia", "dpia.status", "GDPR Art. 35(1)"],
    ]);
    expect(missing[0]?.isBlocking).toBe(false);
    expect(canActivate(entry)).toBe(true);
    const done = {
      ...dpia,
      status: "done" as const,
      completedOn: "2026-01-15",
      documentReference: "AIPD-12",
      nextReviewOn: "2026-06-01",
    };
    expect(assessCompleteness({ ...entry, dpia: done }).missing).toEqual([]);
    expect(missingOf({ ...entry, dpia: done }, new Date("2026-07-01T10:00:00Z"))).toEqual([
      ["register.completeness.dpiaReviewOverdue", "dpia", "dpia.nextReviewOn", "GDPR Art. 35(11)"],
    ]);
  });

  it("lists the good-practice items", () => {
    const entry = buildControllerEntry({
      dataSource: "",
      systems: [],
      businessOwner: " ",
      nextReviewOn: null,
      processors: [{ name: "Imprimerie", service: "", country: "", contractDate: null }],
      retention: buildControllerEntry().retention.map((r, i) => (i === 1 ? { ...r, trigger: "" } : r)),
    });
    expect(missingOf(entry).map(([key, , path]) => [key, path])).toEqual([
      ["register.completeness.retentionTriggerMissing", "retention.1.trigger"],
      ["register.completeness.dataSourceMissing", "dataSource"],
      ["register.completeness.systemsMissing", "systems"],
      ["register.completeness.businessOwnerMissing", "businessOwner"],
      ["register.completeness.processorContractMissing", "processors.0.contractDate"],
      ["register.completeness.reviewDateMissing", "nextReviewOn"],
    ]);
    expect(canActivate(entry)).toBe(true);
  });

  it("flags an overdue review using the date in Paris", () => {
    const entry = buildControllerEntry({ nextReviewOn: "2027-06-30" });
    // 22:30 UTC on 30 June is already 1 July in Paris.
    expect(missingOf(entry, new Date("2027-06-30T21:30:00Z"))).toEqual([]);
    expect(missingOf(entry, new Date("2027-06-30T22:30:00Z"))).toEqual([
      ["register.completeness.reviewOverdue", "governance", "nextReviewOn", "GDPR Art. 24(1)"],
    ]);
  });
});
