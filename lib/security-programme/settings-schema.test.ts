import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "@/lib/validation";
import { DEFAULT_SECURITY_SETTINGS } from "./settings";
import { securitySettingsSchema } from "./settings-schema";

const valid = {
  auditIntervalYears: { critical: "1", high: "2", medium: "3", low: "3" },
  findingDueDays: { critical: 30, high: "90", medium: " 180 ", low: "365" },
};

function errors(input: unknown) {
  const result = securitySettingsSchema.safeParse(input);
  return result.success ? {} : zodFieldErrors(result.error);
}

describe("security programme settings", () => {
  it("accepts whole numbers typed or as a form sends them", () => {
    expect(securitySettingsSchema.parse(valid)).toEqual(DEFAULT_SECURITY_SETTINGS);
  });

  it.each([
    ["zero", "0", "securityProgramme.errors.yearsRange"],
    ["a negative number", "-1", "securityProgramme.errors.wholeNumber"],
    ["11 years", "11", "securityProgramme.errors.yearsRange"],
    ["a fraction", "1.5", "securityProgramme.errors.wholeNumber"],
    ["an exponent", "1e1", "securityProgramme.errors.wholeNumber"],
    ["an empty field", "", "securityProgramme.errors.wholeNumber"],
    ["a NUL", "1\u0000", "securityProgramme.errors.wholeNumber"],
    ["a lone surrogate", "\ud800", "securityProgramme.errors.wholeNumber"],
    ["a list", ["2"], "securityProgramme.errors.wholeNumber"],
  ])("refuses %s as an audit interval, naming the field", (_case, value, message) => {
    expect(errors({ ...valid, auditIntervalYears: { ...valid.auditIntervalYears, high: value } })).toEqual({
      "auditIntervalYears.high": [message],
    });
  });

  it("bounds the due days to three years", () => {
    expect(errors({ ...valid, findingDueDays: { ...valid.findingDueDays, low: 1095 } })).toEqual({});
    expect(errors({ ...valid, findingDueDays: { ...valid.findingDueDays, low: 1096 } })).toEqual({
      "findingDueDays.low": ["securityProgramme.errors.daysRange"],
    });
    expect(errors({ ...valid, findingDueDays: { ...valid.findingDueDays, critical: Infinity } })).toEqual({
      "findingDueDays.critical": ["securityProgramme.errors.wholeNumber"],
    });
  });

  it("refuses a more severe finding given longer than a less severe one, naming the level out of order", () => {
    expect(errors({ ...valid, findingDueDays: { critical: 90, high: 90, medium: 90, low: 90 } })).toEqual({});
    expect(errors({ ...valid, findingDueDays: { ...valid.findingDueDays, critical: 120 } })).toEqual({
      "findingDueDays.critical": ["securityProgramme.errors.daysOrder"],
    });
    expect(errors({ ...valid, findingDueDays: { critical: 30, high: 90, medium: 400, low: 365 } })).toEqual({
      "findingDueDays.medium": ["securityProgramme.errors.daysOrder"],
    });
  });

  it("refuses a more critical system audited less often than a less critical one", () => {
    expect(errors({ ...valid, auditIntervalYears: { critical: 3, high: 2, medium: 3, low: 1 } })).toEqual({
      "auditIntervalYears.critical": ["securityProgramme.errors.yearsOrder"],
      "auditIntervalYears.medium": ["securityProgramme.errors.yearsOrder"],
    });
  });

  it("refuses a missing level or an unknown one", () => {
    const { low: _low, ...three } = valid.findingDueDays;
    expect(Object.keys(errors({ ...valid, findingDueDays: three }))).toEqual(["findingDueDays.low"]);
    expect(Object.keys(errors({ ...valid, findingDueDays: { ...valid.findingDueDays, urgent: 1 } }))).toHaveLength(1);
  });
});
