import { describe, expect, it } from "vitest";

import { EEA_COUNTRY_CODES, isEeaCountry } from "./countries";

describe("isEeaCountry", () => {
  it("knows the EU 27, Iceland, Liechtenstein and Norway", () => {
    expect(EEA_COUNTRY_CODES.filter((c) => !["GF", "GP", "MQ", "RE", "YT", "MF", "AX"].includes(c))).toHaveLength(30);
    for (const code of ["FR", "DE", "IE", "NO", "IS", "LI"]) expect(isEeaCountry(code)).toBe(true);
  });

  it("counts the French outermost regions as EU, normalising case and spaces", () => {
    expect(isEeaCountry("re")).toBe(true);
    expect(isEeaCountry(" GP ")).toBe(true);
  });

  it("treats the rest of the world, the UK and Switzerland included, as third countries", () => {
    for (const code of ["GB", "CH", "US", "MA", "NC", "PF", "PM"]) expect(isEeaCountry(code)).toBe(false);
  });
});
