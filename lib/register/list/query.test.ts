import { describe, expect, it } from "vitest";
import { prefixQuery } from "./query";

describe("prefixQuery", () => {
  it("turns each word into a prefix, splitting on apostrophes and hyphens like the text parser", () => {
    expect(prefixQuery("Centre d'appels")).toBe("centre:* & d:* & appels:*");
    expect(prefixQuery("TRT-0042")).toBe("trt:* & 0042:*");
    expect(prefixQuery("Enquêtes")).toBe("enquêtes:*");
  });

  it("gives nothing for a query without letters or digits (no tsquery syntax gets through)", () => {
    expect(prefixQuery(" & | ! ( ) ")).toBeNull();
  });
});
