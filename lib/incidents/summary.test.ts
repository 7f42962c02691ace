import { describe, expect, it } from "vitest";
import { scopeToConfirm } from "./summary";

describe("scope to confirm (issue 14, point 4)", () => {
  it("lists the scope facts left unknown, none once both are answered", () => {
    expect(scopeToConfirm({ personalData: null, telecomService: null })).toEqual(["personalData", "telecomService"]);
    expect(scopeToConfirm({ personalData: true, telecomService: null })).toEqual(["telecomService"]);
    expect(scopeToConfirm({ personalData: false, telecomService: false })).toEqual([]);
  });
});
