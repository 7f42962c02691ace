import { describe, expect, it } from "vitest";

import {
  assessCompleteness,
  assessRegisterCompleteness,
  canActivate,
  isoDateInZone,
  listActivationBlockers,
  type MissingItem,
} from "./completeness";
import {
  createEmptyControllerServed,
  createEmptyProcessingActivity,
  createEmptyPurpose,
  createEmptyTransfer,
} from "../entry/defaults";
import type { PurposeFamily } from "../catalogue/purpose-families";
import type { ProcessingActivity, Purpose } from "../schemas";
import { buildControllerEntry, buildProcessorEntry } from "../test-fixtures";

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

describe("assessCompleteness: processor record, Art. 30(2)", () => {
  it("scores a complete processor entry 100", () => {
    expect(assessCompleteness(buildProcessorEntry())).toEqual({ score: 100, missing: [] });
  });

  it("does not ask a processor for purposes, legal bases or retention", () => {
    const keys = assessCompleteness(buildProcessorEntry({ purposes: [], dataCategories: [] })).missing.map(
      (i) => i.key,
    );
    expect(keys).toEqual([]);
  });

  it("checks each controller served: contacts, representative, categories, transfers, contract", () => {
    const served = {
      ...createEmptyControllerServed(),
      name: "Orbit Telecom Inc.",
      isEstablishedInEu: false,
      transfers: [{ ...createEmptyTransfer(), country: "US", mechanism: null }],
    };
    expect(missingOf(buildProcessorEntry({ controllersServed: [served] }))).toEqual([
      [
        "register.errors.controllerServedContactRequired",
        "controllers_served",
        "controllersServed.0.contact",
        "GDPR Art. 30(2)(a)",
      ],
      [
        "register.errors.processingCategoriesRequired",
        "controllers_served",
        "controllersServed.0.processingCategories",
        "GDPR Art. 30(2)(b)",
      ],
      [
        "register.completeness.controllerServedContractMissing",
        "controllers_served",
        "controllersServed.0.contractDate",
        "GDPR Art. 28(3)",
      ],
      [
        "register.errors.controllerServedRepresentativeRequired",
        "controllers_served",
        "controllersServed.0.representative",
        "GDPR Art. 27; Art. 30(2)(a)",
      ],
      [
        "register.errors.transferMechanismRequired",
        "transfers",
        "controllersServed.0.transfers.0.mechanism",
        "GDPR Art. 30(2)(c)",
      ],
      [
        "register.completeness.transferDocumentationMissing",
        "transfers",
        "controllersServed.0.transfers.0.documentationReference",
        "GDPR Art. 5(2), Art. 46",
      ],
    ]);
  });

  it("cites Art. 30(2) for identity and security", () => {
    const entry = buildProcessorEntry({
      dpo: { name: "", contact: "dpo@x" },
      securityMeasures: { measures: [], description: "" },
    });
    expect(missingOf(entry)).toEqual([
      ["register.errors.dpoNameRequired", "identity", "dpo.name", "GDPR Art. 30(2)(a)"],
      ["register.errors.securityMeasuresRequired", "security", "securityMeasures.measures", "GDPR Art. 30(2)(d)"],
    ]);
  });
});

describe("scores and activation", () => {
  it("weighs blocking requirements double and counts a requirement once", () => {
    // The complete controller fixture is checked against 12 mandatory requirements (weight 2),
    // 2 conditional ones (legal basis, retention justification: 2) and 6 recommended ones (1):
    // 34 points. A requirement counts once, however many rows fail it.
    expect(assessCompleteness(buildControllerEntry({ businessOwner: "" })).score).toBe(Math.round((100 * 33) / 34));
    const twoPurposesWithoutBasis = buildControllerEntry().purposes.map((p) => ({ ...p, legalBasis: null }));
    expect(assessCompleteness(buildControllerEntry({ purposes: twoPurposesWithoutBasis })).score).toBe(
      Math.round((100 * 32) / 34),
    );
    // Without recipients, "recipient names" no longer applies: 32 points, 30 met.
    expect(assessCompleteness(buildControllerEntry({ recipients: [] })).score).toBe(Math.round((100 * 30) / 32));
  });

  it("scores an empty draft 0 and refuses to activate it", () => {
    const empty = createEmptyProcessingActivity("Brouillon");
    expect(assessCompleteness(empty).score).toBe(0);
    expect(canActivate(empty)).toBe(false);
    expect(listActivationBlockers(empty).every((i) => i.level === "mandatory")).toBe(true);
  });

  it("averages the register without retired entries", () => {
    const complete = buildControllerEntry();
    const half = buildControllerEntry({ businessOwner: "" });
    const retired = createEmptyProcessingActivity("Ancien traitement");
    const result = assessRegisterCompleteness([complete, half, { ...retired, status: "retired" }]);
    expect(result).toEqual({ score: Math.round((100 + assessCompleteness(half).score) / 2), entryCount: 2 });
    expect(assessRegisterCompleteness([])).toEqual({ score: null, entryCount: 0 });
    expect(assessRegisterCompleteness([{ ...retired, status: "retired" }])).toEqual({ score: null, entryCount: 0 });
  });
});

describe("isoDateInZone", () => {
  it("reads the calendar date in the organisation's zone", () => {
    const instant = new Date("2026-12-31T23:30:00Z");
    expect(isoDateInZone(instant)).toBe("2027-01-01");
    expect(isoDateInZone(instant, "UTC")).toBe("2026-12-31");
    expect(isoDateInZone(instant, "America/Cayenne")).toBe("2026-12-31");
  });
});

describe("assessCompleteness: purpose × data (ePrivacy Art. 6(3) and 9)", () => {
  const purpose = (family: PurposeFamily, legalBasis: Purpose["legalBasis"]) => ({
    ...createEmptyPurpose(),
    description: "Offres ciblées selon les appels",
    family,
    legalBasis,
  });
  const keysOf = (entry: ProcessingActivity) => assessCompleteness(entry).missing.map((item) => item.key);

  it("flags traffic or location data used for marketing on any basis but consent", () => {
    const base = { dataCategories: ["traffic_cdr" as const], retention: [] };
    const onInterest = buildControllerEntry({ ...base, purposes: [purpose("marketing", "legitimate_interests")] });
    expect(keysOf(onInterest)).toContain("register.completeness.ePrivacyConsentRequired");
    const onConsent = buildControllerEntry({ ...base, purposes: [purpose("value_added", "consent")] });
    expect(keysOf(onConsent)).not.toContain("register.completeness.ePrivacyConsentRequired");
  });

  it("flags location data released to a third party unless the entry is anonymised statistics", () => {
    const recipients = [{ kind: "third_party" as const, name: "Collectivité", isInThirdCountry: false }];
    const base = { dataCategories: ["location_cell" as const], retention: [], recipients };
    const released = buildControllerEntry({ ...base, purposes: [purpose("service", "contract")] });
    expect(assessCompleteness(released).missing).toContainEqual(
      expect.objectContaining({ key: "register.completeness.locationToThirdParty", path: ["recipients", 0, "kind"] }),
    );
    const statistics = buildControllerEntry({
      ...base,
      purposes: [purpose("anonymised_statistics", "legitimate_interests")],
    });
    expect(keysOf(statistics)).not.toContain("register.completeness.locationToThirdParty");
  });

  it("says the decree lapsed when national-security data are kept without a decree in force", () => {
    const retention = [
      {
        dataCategory: "traffic_cdr" as const,
        duration: { value: 1, unit: "years" as const },
        trigger: "x",
        legalReference: "",
        justification: "réquisitions",
      },
    ];
    const entry = buildControllerEntry({
      dataCategories: ["traffic_cdr"],
      retention,
      purposes: [purpose("national_security", "legal_obligation")],
    });
    const lapsedOn = new Date("2030-01-15T10:00:00Z");
    expect(missingOf(entry, lapsedOn)).toContainEqual([
      "register.completeness.retentionDecreeLapsed",
      "retention",
      "retention.0.duration",
      "CPCE art. L34-1 II et III",
    ]);
  });
});
