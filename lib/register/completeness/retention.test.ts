import { describe, expect, it } from "vitest";

import { durationInMonths } from "../catalogue/duration";
import type { PurposeFamily } from "../catalogue/purpose-families";
import { findDecreeInForce } from "../catalogue/retention-ceilings";
import { checkRetention, RETENTION_WARNING_KEYS, type RetentionRuleLike } from "./retention";

const rule = (overrides: Partial<RetentionRuleLike>): RetentionRuleLike => ({
  dataCategory: "civil_identity",
  duration: { value: 5, unit: "years" },
  justification: "",
  ...overrides,
});

describe("durationInMonths", () => {
  it("counts a year as twelve months", () => {
    expect(durationInMonths({ value: 5, unit: "years" })).toBe(60);
    expect(durationInMonths({ value: 13, unit: "months" })).toBe(13);
    expect(durationInMonths({ value: 0, unit: "years" })).toBe(0);
  });
});

describe("checkRetention", () => {
  it("accepts periods up to the ceiling, in either unit", () => {
    expect(
      checkRetention({
        retention: [
          rule({}),
          rule({ dataCategory: "billing_payment", duration: { value: 12, unit: "months" } }),
          rule({ dataCategory: "traffic_cdr", duration: { value: 6, unit: "months" } }),
        ],
      }),
    ).toEqual([]);
  });

  it("warns when civil identity is kept beyond 5 years after the contract", () => {
    const [warning, ...rest] = checkRetention({ retention: [rule({ duration: { value: 6, unit: "years" } })] });
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({
      dataCategory: "civil_identity",
      index: 0,
      declaredMonths: 72,
      ceilingMonths: 60,
      isJustified: false,
      messageKey: RETENTION_WARNING_KEYS.exceedsCeiling,
      params: { declaredMonths: 72, ceilingMonths: 60 },
    });
    expect(warning?.ceiling.legalReference).toMatch(/L34-1/);
  });

  it("compares in months: 13 months of payment data exceed the 1-year ceiling", () => {
    const warnings = checkRetention({
      retention: [
        rule({ dataCategory: "contact_details", duration: { value: 30, unit: "years" } }),
        rule({ dataCategory: "billing_payment", duration: { value: 13, unit: "months" } }),
      ],
    });
    expect(warnings.map((w) => [w.dataCategory, w.index, w.declaredMonths, w.ceilingMonths])).toEqual([
      ["billing_payment", 1, 13, 12],
    ]);
  });

  it("says whether a longer period is justified", () => {
    const [warning] = checkRetention({
      retention: [
        rule({
          dataCategory: "billing_payment",
          duration: { value: 10, unit: "years" },
          justification: "Invoices: Code de commerce art. L123-22",
        }),
      ],
    });
    expect(warning?.isJustified).toBe(true);
    expect(warning?.messageKey).toBe(RETENTION_WARNING_KEYS.exceedsCeilingJustified);
    const [blank] = checkRetention({
      retention: [
        rule({
          dataCategory: "billing_payment",
          duration: { value: 10, unit: "years" },
          justification: "   ",
        }),
      ],
    });
    expect(blank?.isJustified).toBe(false);
  });

  it("flags traffic and location data kept beyond the decree's year", () => {
    const warnings = checkRetention({
      retention: [
        rule({ dataCategory: "traffic_cdr", duration: { value: 2, unit: "years" } }),
        rule({ dataCategory: "location_cell", duration: { value: 18, unit: "months" } }),
        rule({ dataCategory: "video_images", duration: { value: 2, unit: "months" } }),
      ],
    });
    expect(warnings.map((w) => w.dataCategory)).toEqual(["traffic_cdr", "location_cell", "video_images"]);
    expect(warnings[0]?.ceiling.condition).not.toBeNull();
  });

  it("uses the ceilings in force on the given date", () => {
    const entry = { retention: [rule({ duration: { value: 6, unit: "years" } })] };
    expect(checkRetention(entry, { on: "2020-01-01" })).toEqual([]);
    expect(checkRetention(entry, { on: "2026-01-01" })).toHaveLength(1);
  });
});

describe("checkRetention: the ceiling follows the purpose (CPCE art. L34-1, R. 10-14)", () => {
  const cdr12 = rule({ dataCategory: "traffic_cdr", duration: { value: 12, unit: "months" } });
  const purposes = (...families: (PurposeFamily | null)[]) => families.map((family) => ({ family }));

  it("gives network security three months: CDRs kept 12 months are flagged with R. 10-14", () => {
    const [warning] = checkRetention({ retention: [cdr12], purposes: purposes("network_security") });
    expect(warning).toMatchObject({ ceilingMonths: 3, ceiling: { key: "cpce_network_security" } });
    expect(warning?.params.legalReference).toContain("R. 10-14");
  });

  it("gives marketing no L34-1 period: traffic data are erased unless consent justifies a duration", () => {
    const [warning] = checkRetention({ retention: [cdr12], purposes: purposes("marketing") });
    expect(warning).toMatchObject({ ceilingMonths: 0, ceiling: { key: "cpce_erase_after_communication" } });
  });

  it("gives billing disputes one year (L34-2) and takes the longest ceiling among the entry's purposes", () => {
    expect(checkRetention({ retention: [cdr12], purposes: purposes("billing") })).toEqual([]);
    expect(checkRetention({ retention: [cdr12], purposes: purposes("network_security", "billing") })).toEqual([]);
  });

  it("allows one year for national security only while an injunction decree is in force", () => {
    const entry = { retention: [cdr12], purposes: purposes("national_security") };
    expect(checkRetention(entry, { on: "2026-06-01" })).toEqual([]);
    const decrees = [
      { reference: "Décret test", effectiveFrom: "2025-10-21", effectiveUntil: "2026-10-20", verified: true },
    ];
    const [lapsed] = checkRetention(entry, { on: "2026-11-02", decrees });
    expect(lapsed).toMatchObject({ ceilingMonths: 0, decreeLapsed: true });
    expect(findDecreeInForce("2026-06-01", decrees)?.reference).toBe("Décret test");
  });

  it("keeps the data category's ceiling when no purpose family is recorded", () => {
    expect(checkRetention({ retention: [cdr12], purposes: purposes(null) })).toEqual([]);
  });
});
