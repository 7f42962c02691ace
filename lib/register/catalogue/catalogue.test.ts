import { describe, expect, it } from "vitest";

import {
  DATA_CATEGORIES,
  DATA_CATEGORY_KEYS,
  RETENTION_CEILINGS,
  RETENTION_CEILING_KEYS,
  findRetentionCeiling,
  getDataCategory,
  isHighlyPersonal,
  type DataCategoryKey,
} from "./catalogue";
import { durationInMonths } from "./duration";

describe("data-category catalogue", () => {
  it("defines every key exactly once, in display order", () => {
    expect(DATA_CATEGORIES.map((c) => c.key)).toEqual([...DATA_CATEGORY_KEYS]);
    expect(new Set(DATA_CATEGORY_KEYS).size).toBe(DATA_CATEGORY_KEYS.length);
  });

  it("labels and illustrates every category in French and English", () => {
    for (const c of DATA_CATEGORIES) {
      expect(c.label.fr.trim(), c.key).not.toBe("");
      expect(c.label.en.trim(), c.key).not.toBe("");
      expect(c.examples.fr.trim(), c.key).not.toBe("");
      expect(c.examples.en.trim(), c.key).not.toBe("");
    }
  });

  it("offers the telecom categories (traffic, location, content, identifiers, directory, recordings)", () => {
    const keys: DataCategoryKey[] = [
      "civil_identity",
      "contract_subscription",
      "billing_payment",
      "traffic_cdr",
      "traffic_ipdr",
      "ip_allocation",
      "location_cell",
      "location_gps",
      "communications_content",
      "device_sim_identifiers",
      "browsing_dpi",
      "directory_data",
      "call_recordings",
      "special_health",
      "criminal_offences",
      "contact_details",
      "hr_data",
      "video_images",
      "online_identifiers",
    ];
    for (const key of keys) expect(DATA_CATEGORY_KEYS).toContain(key);
    expect(getDataCategory("billing_payment").examples.en).toContain("IBAN");
    for (const id of ["IMSI", "IMEI", "MSISDN"]) {
      expect(getDataCategory("device_sim_identifiers").examples.en).toContain(id);
    }
    expect(getDataCategory("traffic_cdr").label.en).toContain("CDR");
    expect(getDataCategory("traffic_ipdr").label.en).toContain("IPDR");
  });

  it("flags traffic (ePrivacy Art. 6), location (Art. 9), content, special and criminal data", () => {
    const flagged = (flag: "isEPrivacyTraffic" | "isEPrivacyLocation" | "isSpecial" | "isCriminal") =>
      DATA_CATEGORIES.filter((c) => c[flag]).map((c) => c.key);
    expect(flagged("isEPrivacyTraffic")).toEqual(
      expect.arrayContaining(["traffic_cdr", "traffic_ipdr", "ip_allocation", "billing_traffic"]),
    );
    expect(flagged("isEPrivacyLocation")).toEqual(["location_cell", "location_gps"]);
    expect(flagged("isSpecial")).toEqual(["special_health", "special_biometric", "special_other"]);
    expect(flagged("isCriminal")).toEqual(["criminal_offences"]);
    expect(getDataCategory("communications_content").isCommunicationsContent).toBe(true);
    expect(getDataCategory("contact_details")).toMatchObject({
      isSpecial: false,
      isCriminal: false,
      isEPrivacyTraffic: false,
      isEPrivacyLocation: false,
    });
  });

  it("treats communications, location, Art. 9 and Art. 10 data as highly personal (WP248)", () => {
    expect(isHighlyPersonal("traffic_cdr")).toBe(true);
    expect(isHighlyPersonal("location_cell")).toBe(true);
    expect(isHighlyPersonal("communications_content")).toBe(true);
    expect(isHighlyPersonal("special_health")).toBe(true);
    expect(isHighlyPersonal("criminal_offences")).toBe(true);
    expect(isHighlyPersonal("contact_details")).toBe(false);
    expect(isHighlyPersonal("hr_data")).toBe(false);
  });

  it("refuses an unknown key", () => {
    expect(() => getDataCategory("nope" as DataCategoryKey)).toThrow(/Unknown data category/);
  });
});

describe("retention ceilings (CPCE L34-1 / L34-2)", () => {
  const months = (key: (typeof RETENTION_CEILING_KEYS)[number]) => {
    const ceiling = findRetentionCeiling(key);
    if (!ceiling) throw new Error(`no ceiling ${key}`);
    return durationInMonths(ceiling.duration);
  };

  it("records the CPCE periods as data with their legal references", () => {
    expect(months("cpce_civil_identity")).toBe(60);
    expect(months("cpce_subscription_payment")).toBe(12);
    expect(months("cpce_connection_source")).toBe(12);
    expect(months("cpce_traffic_location")).toBe(12);
    expect(months("cpce_billing_traffic")).toBe(12);
    expect(findRetentionCeiling("cpce_civil_identity")?.legalReference).toMatch(/L34-1 II bis 1°/);
    expect(findRetentionCeiling("cpce_civil_identity")?.trigger.en).toMatch(/end of the contract/);
    expect(findRetentionCeiling("cpce_billing_traffic")?.legalReference).toMatch(/L34-2/);
    expect(findRetentionCeiling("cpce_traffic_location")?.condition?.en).toMatch(/decree/);
  });

  it("maps categories to their ceilings", () => {
    expect(getDataCategory("civil_identity").retentionCeiling).toBe("cpce_civil_identity");
    expect(getDataCategory("billing_payment").retentionCeiling).toBe("cpce_subscription_payment");
    expect(getDataCategory("ip_allocation").retentionCeiling).toBe("cpce_connection_source");
    expect(getDataCategory("traffic_cdr").retentionCeiling).toBe("cpce_traffic_location");
    expect(getDataCategory("location_gps").retentionCeiling).toBe("cpce_traffic_location");
    expect(getDataCategory("billing_traffic").retentionCeiling).toBe("cpce_billing_traffic");
    expect(getDataCategory("hr_data").retentionCeiling).toBeNull();
  });

  it("has exactly one version in force per key, and every category points to one", () => {
    for (const key of RETENTION_CEILING_KEYS) {
      expect(RETENTION_CEILINGS.filter((c) => c.key === key && c.effectiveUntil === null)).toHaveLength(1);
    }
    for (const c of DATA_CATEGORIES) {
      if (c.retentionCeiling) expect(findRetentionCeiling(c.retentionCeiling), c.key).toBeDefined();
    }
  });

  it("picks the version in force on a date", () => {
    expect(findRetentionCeiling("cpce_civil_identity", "2021-07-31")).toBeDefined();
    expect(findRetentionCeiling("cpce_civil_identity", "2021-07-30")).toBeUndefined();
    expect(findRetentionCeiling("csi_video_protection", "2015-01-01")).toBeDefined();
  });
});
