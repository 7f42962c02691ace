import { describe, expect, it } from "vitest";
import { sensitivityOf } from "./sensitivity";

describe("sensitivityOf", () => {
  it("marks traffic data from a linked entry holding CDRs", () => {
    const s = sensitivityOf([{ dataCategories: ["civil_identity"] }, { dataCategories: ["traffic_cdr"] }]);
    expect(s).toEqual({ holdsPersonalData: true, holdsTraffic: true, holdsLocation: false, holdsSensitive: true });
  });
  it("marks location data", () => {
    expect(sensitivityOf([{ dataCategories: ["location_cell"] }])).toMatchObject({
      holdsLocation: true,
      holdsTraffic: false,
    });
  });
  it("holds personal data but nothing sensitive for identity alone", () => {
    expect(sensitivityOf([{ dataCategories: ["civil_identity"] }])).toEqual({
      holdsPersonalData: true,
      holdsTraffic: false,
      holdsLocation: false,
      holdsSensitive: false,
    });
  });
  it("holds nothing without linked entries and ignores unknown keys", () => {
    expect(sensitivityOf([])).toMatchObject({ holdsPersonalData: false, holdsSensitive: false });
    expect(sensitivityOf([{ dataCategories: ["not_a_category"] }])).toMatchObject({ holdsPersonalData: false });
  });
});
