import { describe, expect, it } from "vitest";
import { toJson, toStoredColumn, toStoredText } from "./canonical";

describe("the stored form of audit text", () => {
  it("turns lone surrogates into U+FFFD and drops NUL, as PostgreSQL would store them", () => {
    expect(toStoredText("a\ud800b\u0000c\ud83d\ude00")).toBe("a\ufffdbc😀");
    expect(toStoredColumn("\ufeff\ufeffx\ufeff")).toBe("x\ufeff");
  });

  it("applies to every string and key inside JSON, keeping a __proto__ key as data", () => {
    const value = toJson(JSON.parse('{"k\\u0000":"\\ud800","__proto__":{"x":1}}'));
    expect(JSON.stringify(value)).toBe('{"k":"\ufffd","__proto__":{"x":1}}');
  });
});
