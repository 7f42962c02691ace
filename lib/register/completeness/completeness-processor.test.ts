import { describe, expect, it } from "vitest";

import {
  assessCompleteness,
  assessRegisterCompleteness,
  canActivate,
  isoDateInZone,
  listActivationBlockers,
  type MissingItem,
} from "./completeness";
import { createEmptyControllerServed, createEmptyProcessingActivity, createEmptyTransfer } from "../entry/defaults";
import type { ProcessingActivity } from "../schemas";
import { buildControllerEntry, buildProcessorEntry } from "../test-fixtures";

const summary = (items: readonly MissingItem[]) => items.map((i) => [i.key, i.section, i.path.join("."), i.article]);
const missingOf = (entry: ProcessingActivity) => summary(assessCompleteness(entry).missing);

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
