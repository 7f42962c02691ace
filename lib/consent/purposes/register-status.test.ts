import { describe, expect, it } from "vitest";
import { inactiveRegisterRefs } from "./register-status";

describe("inactiveRegisterRefs", () => {
  it("returns the references whose entry is a draft, retired or missing", () => {
    const statuses = new Map([
      ["TRT-0001", "active"],
      ["TRT-0032", "draft"],
      ["TRT-0040", "retired"],
    ]);
    expect(inactiveRegisterRefs(["TRT-0001", "TRT-0032", "TRT-0040", "TRT-0099"], statuses)).toEqual([
      "TRT-0032",
      "TRT-0040",
      "TRT-0099",
    ]);
    expect(inactiveRegisterRefs(["TRT-0001"], statuses)).toEqual([]);
  });
});
