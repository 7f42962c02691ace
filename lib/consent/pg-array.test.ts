import { describe, expect, it } from "vitest";
import { pgArray } from "./store-events";

describe("PostgreSQL array literals", () => {
  it("quotes every value, escapes quotes and backslashes, and writes NULL for null", () => {
    expect(pgArray(["a", 'say "hi"', "back\\slash", null, "", "{,}"])).toBe('{"a","say \\"hi\\"","back\\\\slash",NULL,"","{,}"}');
  });
});
