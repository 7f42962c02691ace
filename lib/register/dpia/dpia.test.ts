import { describe, expect, it } from "vitest";

import {
  CNIL_DPIA_EXEMPT_LIST,
  CNIL_DPIA_REQUIRED_KEYS,
  CNIL_DPIA_REQUIRED_LIST,
  WP248_CRITERIA,
  WP248_CRITERION_KEYS,
  deriveCnilRequiredTypes,
  deriveDpiaCriteria,
  dpiaSchema,
  screenDpia,
  type Dpia,
} from "./dpia";
import { createEmptyDpia } from "../entry/defaults";

describe("WP248 criteria and CNIL lists", () => {
  it("lists the nine WP248 criteria in order, labelled and explained in both languages", () => {
    expect(WP248_CRITERIA.map((c) => c.key)).toEqual([...WP248_CRITERION_KEYS]);
    expect(WP248_CRITERIA.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const c of WP248_CRITERIA) {
      for (const text of [c.label.fr, c.label.en, c.explanation.fr, c.explanation.en]) {
        expect(text.trim(), c.key).not.toBe("");
      }
    }
    const sensitive = WP248_CRITERIA.find((c) => c.key === "sensitive_data");
    expect(sensitive?.explanation.en).toMatch(/electronic-communications/);
    expect(sensitive?.explanation.en).toMatch(/location/);
  });

  it("writes out all 14 types of the CNIL mandatory list (délibération 2018-327)", () => {
    expect(CNIL_DPIA_REQUIRED_LIST.items.map((i) => i.key)).toEqual([...CNIL_DPIA_REQUIRED_KEYS]);
    expect(CNIL_DPIA_REQUIRED_LIST.items.map((i) => i.number)).toEqual(Array.from({ length: 14 }, (_, i) => i + 1));
    for (const key of [
      "large_scale_location",
      "profiling_contract_exclusion",
      "pooled_contract_breaches",
      "profiling_external_data",
      "employee_constant_monitoring",
    ] as const) {
      expect(CNIL_DPIA_REQUIRED_KEYS).toContain(key);
    }
    for (const item of CNIL_DPIA_REQUIRED_LIST.items) {
      expect(item.label.fr.trim()).not.toBe("");
      expect(item.label.en.trim()).not.toBe("");
    }
  });

  it("calls a list complete only when it holds the deliberation's types numbered 1 to n", () => {
    for (const list of [CNIL_DPIA_REQUIRED_LIST, CNIL_DPIA_EXEMPT_LIST]) {
      const numbers = list.items.map((i) => i.number);
      const numberedInFull = numbers.every((n, index) => n === index + 1);
      expect(list.isComplete, list.source).toBe(numberedInFull);
    }
  });

  it("dates each list as its source names the deliberation", () => {
    const frenchDate = new Intl.DateTimeFormat("fr-FR", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    for (const list of [CNIL_DPIA_REQUIRED_LIST, CNIL_DPIA_EXEMPT_LIST]) {
      expect(list.source).toContain(frenchDate.format(new Date(`${list.adoptedOn}T00:00:00Z`)));
    }
  });

  it("keeps a selection of the CNIL no-DPIA list (délibération 2019-118)", () => {
    const keys = CNIL_DPIA_EXEMPT_LIST.items.map((i) => i.key);
    expect(keys).toEqual(expect.arrayContaining(["supplier_management", "access_control_no_biometrics"]));
  });
});

describe("derivations from data categories", () => {
  it("counts communications, location, Art. 9 and Art. 10 data as sensitive (criterion 4)", () => {
    expect(deriveDpiaCriteria(["traffic_cdr"])).toEqual(["sensitive_data"]);
    expect(deriveDpiaCriteria(["location_gps", "contact_details"])).toEqual(["sensitive_data"]);
    expect(deriveDpiaCriteria(["contact_details", "hr_data"])).toEqual([]);
  });

  it("derives the CNIL type 'large-scale location data' from large scale + location data", () => {
    expect(deriveCnilRequiredTypes(["large_scale"], ["location_cell"])).toEqual(["large_scale_location"]);
    expect(deriveCnilRequiredTypes(["large_scale"], ["traffic_cdr"])).toEqual([]);
    expect(deriveCnilRequiredTypes([], ["location_cell"])).toEqual([]);
  });
});

describe("screenDpia", () => {
  it("does not require a DPIA below two criteria", () => {
    expect(screenDpia({ criteria: [] })).toMatchObject({
      outcome: "not_required",
      recommendation: "not_required",
      isDpiaRequired: false,
      reasons: [],
    });
    expect(screenDpia({ criteria: ["large_scale"] }).outcome).toBe("not_required");
  });

  it("requires a DPIA from two criteria, listing them in WP248 order", () => {
    const result = screenDpia({ criteria: ["large_scale", "evaluation_scoring"] });
    expect(result).toMatchObject({ outcome: "required", isDpiaRequired: true });
    expect(result.criteria).toEqual(["evaluation_scoring", "large_scale"]);
    expect(result.reasons).toEqual([
      { kind: "wp248_criterion", criterion: "evaluation_scoring", isDerived: false },
      { kind: "wp248_criterion", criterion: "large_scale", isDerived: false },
    ]);
  });

  it("requires a DPIA for any type of the CNIL list, even without criteria", () => {
    const result = screenDpia({ criteria: [], cnilRequiredTypes: ["pooled_contract_breaches"] });
    expect(result.outcome).toBe("required");
    expect(result.reasons).toEqual([
      { kind: "cnil_required_type", type: "pooled_contract_breaches", isDerived: false },
    ]);
  });

  it("adds the sensitive-data criterion for traffic data: one more criterion makes two", () => {
    const result = screenDpia({ criteria: ["large_scale"], dataCategories: ["traffic_ipdr"] });
    expect(result.outcome).toBe("required");
    expect(result.reasons).toContainEqual({ kind: "wp248_criterion", criterion: "sensitive_data", isDerived: true });
  });

  it("does not mark a declared criterion as derived", () => {
    const result = screenDpia({ criteria: ["sensitive_data"], dataCategories: ["traffic_ipdr"] });
    expect(result.reasons).toEqual([{ kind: "wp248_criterion", criterion: "sensitive_data", isDerived: false }]);
  });

  it("treats large-scale location data as the CNIL mandatory type", () => {
    const result = screenDpia({ criteria: ["large_scale"], dataCategories: ["location_cell"] });
    expect(result.cnilRequiredTypes).toEqual(["large_scale_location"]);
    expect(result.reasons[0]).toEqual({ kind: "cnil_required_type", type: "large_scale_location", isDerived: true });
  });

  it("lets the DPO waive a DPIA met by criteria only, with the reason", () => {
    const result = screenDpia({
      criteria: ["large_scale", "matching_datasets"],
      dpoOverride: { isDpiaRequired: false, reason: "Aggregated, pseudonymised data only" },
    });
    expect(result).toMatchObject({ outcome: "dpo_override", recommendation: "required", isDpiaRequired: false });
    expect(result.reasons.at(-1)).toEqual({
      kind: "dpo_override",
      isDpiaRequired: false,
      reason: "Aggregated, pseudonymised data only",
    });
  });

  it("lets the DPO require a DPIA the criteria do not", () => {
    const result = screenDpia({
      criteria: ["innovative_technology"],
      dpoOverride: { isDpiaRequired: true, reason: "New AI model" },
    });
    expect(result).toMatchObject({ outcome: "dpo_override", recommendation: "not_required", isDpiaRequired: true });
  });

  it("ignores a DPO decision that agrees with the recommendation", () => {
    const result = screenDpia({ criteria: [], dpoOverride: { isDpiaRequired: false, reason: "Agree" } });
    expect(result).toMatchObject({ outcome: "not_required", reasons: [] });
  });

  it("refuses to waive a DPIA the CNIL list makes mandatory", () => {
    const result = screenDpia({
      criteria: [],
      cnilRequiredTypes: ["employee_constant_monitoring"],
      dpoOverride: { isDpiaRequired: false, reason: "Small team" },
    });
    expect(result).toMatchObject({ outcome: "required", isDpiaRequired: true });
    expect(result.reasons.at(-1)).toEqual({ kind: "dpo_override_refused" });
  });

  it("reports CNIL exempt types as reasons without changing the conservative reading", () => {
    const result = screenDpia({
      criteria: ["large_scale", "systematic_monitoring"],
      cnilExemptTypes: ["access_control_no_biometrics"],
    });
    expect(result.outcome).toBe("required");
    expect(result.reasons.at(-1)).toEqual({ kind: "cnil_exempt_type", type: "access_control_no_biometrics" });
  });
});

describe("dpiaSchema", () => {
  const dpia = (overrides: Partial<Dpia>): unknown => ({ ...createEmptyDpia(), ...overrides });
  const issues = (value: unknown) =>
    dpiaSchema.safeParse(value).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

  it("accepts an empty block and a completed assessment", () => {
    expect(issues(createEmptyDpia())).toEqual([]);
    expect(
      issues(
        dpia({
          status: "done",
          completedOn: "2026-03-01",
          documentReference: "AIPD-2026-04",
          nextReviewOn: "2027-03-01",
        }),
      ),
    ).toEqual([]);
  });

  it("requires the reason of a DPO override", () => {
    expect(issues(dpia({ dpoOverride: { isDpiaRequired: false, reason: "  " } }))).toEqual([
      ["dpoOverride.reason", "register.errors.dpoOverrideReasonRequired"],
    ]);
  });

  it("refuses to waive a DPIA for a CNIL-listed type", () => {
    expect(
      issues(
        dpia({ cnilRequiredTypes: ["large_scale_location"], dpoOverride: { isDpiaRequired: false, reason: "x" } }),
      ),
    ).toEqual([["dpoOverride.isDpiaRequired", "register.errors.dpoOverrideNotAllowed"]]);
  });

  it("requires date and document when done, and a review after completion", () => {
    expect(issues(dpia({ status: "done" }))).toEqual([
      ["completedOn", "register.errors.dpiaCompletedOnRequired"],
      ["documentReference", "register.errors.dpiaDocumentRequired"],
    ]);
    expect(
      issues(dpia({ status: "done", completedOn: "2026-03-01", documentReference: "D", nextReviewOn: "2026-03-01" })),
    ).toEqual([["nextReviewOn", "register.errors.dpiaReviewBeforeCompletion"]]);
  });

  it("answers with message keys for malformed values", () => {
    expect(
      issues(dpia({ criteria: ["astrology" as never, "large_scale", "large_scale"], completedOn: "01/03/2026" })),
    ).toEqual([
      ["criteria.0", "register.errors.invalidOption"],
      ["completedOn", "register.errors.invalidDate"],
    ]);
    expect(issues(dpia({ criteria: ["large_scale", "large_scale"] }))).toEqual([
      ["criteria.1", "register.errors.duplicate"],
    ]);
    expect(issues(undefined)).toEqual([["", "register.errors.required"]]);
  });
});

describe("WP248 criterion 4 includes financial data", () => {
  it("derives 'sensitive or highly personal' from payment data (IBAN, card), as the criterion says", () => {
    expect(deriveDpiaCriteria(["billing_payment"])).toEqual(["sensitive_data"]);
    expect(deriveDpiaCriteria(["contact_details"])).toEqual([]);
  });
});
