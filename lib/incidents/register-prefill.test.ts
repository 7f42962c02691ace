import { describe, expect, it } from "vitest";
import { prefillFromEntry } from "./register-prefill";

const entry = {
  dataCategories: ["civil_identity", "billing_payment", "not_a_category"],
  dataSubjectCategories: ["Abonnés mobiles", " Prospects ", ""],
};

describe("prefill from a register entry ticked on an incident (GDPR Art. 33(3)(a))", () => {
  it("adds the entry's data categories and data-subject categories after the incident's own", () => {
    const result = prefillFromEntry({ dataCategories: ["traffic_cdr"], dataSubjectCategories: ["Salariés"] }, entry);
    expect(result).toEqual({
      dataCategories: ["traffic_cdr", "civil_identity", "billing_payment"],
      dataSubjectCategories: ["Salariés", "Abonnés mobiles", "Prospects"],
      addedCategories: ["civil_identity", "billing_payment"],
      addedSubjects: ["Abonnés mobiles", "Prospects"],
    });
  });

  it("adds nothing twice: a category or subject already there (whatever its case) stays once", () => {
    const result = prefillFromEntry(
      { dataCategories: ["civil_identity"], dataSubjectCategories: ["abonnés MOBILES"] },
      { dataCategories: ["civil_identity", "civil_identity"], dataSubjectCategories: ["Abonnés mobiles"] },
    );
    expect(result.addedCategories).toEqual([]);
    expect(result.addedSubjects).toEqual([]);
    expect(result.dataSubjectCategories).toEqual(["abonnés MOBILES"]);
  });
});
