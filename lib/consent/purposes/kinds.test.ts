import { describe, expect, it } from "vitest";
import { purposeFigure } from "./kinds";

describe("purposeFigure: objection purposes read the right way round (issue 15.6)", () => {
  it("gives a consent purpose its consent rate", () => {
    expect(purposeFigure("consent", 31, 50)).toEqual({ measure: "consenting", count: 31, rate: 62 });
  });

  it("gives an objection purpose the share of subscribers objecting, not the share not objecting", () => {
    expect(purposeFigure("objection", 20, 100)).toEqual({ measure: "objecting", count: 80, rate: 80 });
  });

  it("has no rate before anyone was asked", () => {
    expect(purposeFigure("objection", 0, 0)).toEqual({ measure: "objecting", count: 0, rate: null });
  });
});
