import { describe, expect, it } from "vitest";
import { registerFiltersSchema, registerHref } from "./filters";

describe("register list filters", () => {
  it("reads a URL back into the same URL (a shared link reloads identically)", () => {
    const href =
      "/register?q=fraude&legalBasis=legitimate_interests&status=active&dpia=missing&traffic=1&overdue=1&sort=completeness&dir=desc&page=2";
    const filters = registerFiltersSchema.parse(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(registerHref(filters)).toBe(href);
  });

  it("drops malformed values instead of failing", () => {
    const filters = registerFiltersSchema.parse({ status: "archived", traffic: "yes", page: "-3", sort: "drop table" });
    expect(filters).toMatchObject({ status: undefined, traffic: undefined, page: 1, sort: "reference", dir: "asc" });
    expect(registerHref(filters)).toBe("/register");
  });

  it("goes back to page 1 when asked and keeps the rest", () => {
    const filters = registerFiltersSchema.parse({ role: "processor", page: "4" });
    expect(registerHref(filters, { page: 1, sort: "name" })).toBe("/register?role=processor&sort=name");
  });
});
