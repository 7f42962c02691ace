import { describe, expect, it } from "vitest";
import { isReadOnlyRole } from "./read-only";

describe("isReadOnlyRole", () => {
  it("marks the auditor read-only, from the permission matrix", () => {
    expect(isReadOnlyRole("auditor")).toBe(true);
  });

  it.each(["dpo", "security"] as const)("does not mark %s read-only", (role) => {
    expect(isReadOnlyRole(role)).toBe(false);
  });
});
