import { describe, expect, it } from "vitest";
import { sectionsForRole } from "./sections";

describe("sectionsForRole (issue 15.14)", () => {
  it("shows a processor entry only the Art. 30(2) sections", () => {
    expect(sectionsForRole("processor")).toEqual([
      "general",
      "identity",
      "controllersServed",
      "security",
      "governance",
    ]);
  });

  it("shows a controller entry the Art. 30(1) sections and the DPIA, without controllers served", () => {
    expect(sectionsForRole("controller")).toEqual([
      "general",
      "identity",
      "purposes",
      "data",
      "recipients",
      "transfers",
      "retention",
      "security",
      "governance",
      "dpia",
    ]);
    expect(sectionsForRole("joint_controller")).toEqual(sectionsForRole("controller"));
  });
});
