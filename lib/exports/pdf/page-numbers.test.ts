import { describe, expect, it } from "vitest";
import { roman } from "./page-numbers";

describe("roman", () => {
  it("numbers the front matter's pages as printed books do", () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 49, 90, 400, 1994].map(roman)).toEqual([
      "i",
      "ii",
      "iii",
      "iv",
      "v",
      "ix",
      "x",
      "xiv",
      "xl",
      "xlix",
      "xc",
      "cd",
      "mcmxciv",
    ]);
  });
});
