import { describe, expect, it } from "vitest";
import { pgArrayLiteral } from "./pg-array";

describe("pgArrayLiteral", () => {
  it("quotes every text element and escapes quotes and backslashes", () => {
    expect(pgArrayLiteral(["a", 'say "hi"', "C:\\path", "NULL", "", "{x,y}"])).toBe(
      '{"a","say \\"hi\\"","C:\\\\path","NULL","","{x,y}"}',
    );
  });
  it("writes null and undefined as SQL NULL and numbers bare", () => {
    expect(pgArrayLiteral([null, 3, undefined, -1.5])).toBe("{NULL,3,NULL,-1.5}");
  });
  it("writes an empty array", () => {
    expect(pgArrayLiteral([])).toBe("{}");
  });
});
