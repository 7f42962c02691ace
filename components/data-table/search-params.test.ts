import { describe, expect, it } from "vitest";
import { firstSearchParams, pageCount } from "./search-params";

describe("table URL helpers", () => {
  it("counts pages, at least one", () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
  });

  it("keeps the first value of repeated search params", () => {
    expect(firstSearchParams({ actor: ["a", "b"], page: "2", to: undefined })).toEqual({
      actor: "a",
      page: "2",
      to: undefined,
    });
  });
});
