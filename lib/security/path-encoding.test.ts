import { describe, expect, it } from "vitest";
import { isMalformedPath } from "./path-encoding";

describe("isMalformedPath", () => {
  it("accepts ordinary and encoded paths, accents and other planes included", () => {
    for (const path of [
      "/",
      "/register/TRT-0001",
      "/api/register/TRT-0001",
      "/caf%C3%A9",
      "/%F0%9F%98%80",
      "/a%20b",
      "/a%00b",
    ])
      expect(isMalformedPath(path), path).toBe(false);
  });

  it("refuses a lone surrogate's bytes, bytes that are not UTF-8 and a cut escape", () => {
    for (const path of ["/api/register/%ED%A0%80", "/security/systems/%ED%B0%80", "/%FF", "/x/%E0%A4%A", "/%"])
      expect(isMalformedPath(path), path).toBe(true);
  });
});
