import { describe, expect, it } from "vitest";

import { assessCompleteness } from "./completeness";
import { createEmptyPurpose } from "../entry/defaults";
import type { PurposeFamily } from "../catalogue/purpose-families";
import type { ProcessingActivity, Purpose } from "../schemas";
import { buildControllerEntry } from "../test-fixtures";

/** What an entry misses, as [key, section, path, article], on `now`. */
const missingOf = (entry: ProcessingActivity, now: Date) =>
  assessCompleteness(entry, { now }).missing.map((i) => [i.key, i.section, i.path.join("."), i.article]);

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
