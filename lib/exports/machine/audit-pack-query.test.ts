import { describe, expect, it } from "vitest";
import { zodIssueList } from "@/lib/validation";
import { AUDIT_PACK_MAX_DAYS, auditPackQuerySchema, daysInPeriod } from "./audit-pack-query";

const TODAY = "2026-12-04";
const issues = (query: Record<string, string>) => {
  const parsed = auditPackQuerySchema(TODAY).safeParse(query);
  return parsed.success ? [] : zodIssueList(parsed.error);
};

describe("the audit pack API's query", () => {
  it("accepts a period that has ended, and one ending today", () => {
    expect(auditPackQuerySchema(TODAY).parse({ from: "2026-11-01", to: "2026-11-30" })).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
    });
    expect(issues({ from: "2025-12-04", to: TODAY })).toEqual([]);
  });

  it.each([
    ["a NUL character", { from: "2026-11-01\u0000", to: "2026-11-30" }, "from"],
    ["an impossible date", { from: "2026-11-01", to: "2026-02-30" }, "to"],
    ["a date that is not a day", { from: "2026-11", to: "2026-11-30" }, "from"],
    ["to before from", { from: "2026-11-30", to: "2026-11-01" }, "to"],
    ["a period longer than a year and a day", { from: "2024-01-01", to: "2026-11-30" }, "to"],
    ["a huge period", { from: "0001-01-01", to: "2026-11-30" }, "from"],
    ["a period not yet ended", { from: "2026-12-01", to: "2026-12-31" }, "to"],
    ["a missing to", { from: "2026-11-01" }, "to"],
  ])("refuses %s, naming the parameter", (_case, query, path) => {
    expect(issues(query).map((issue) => issue.path)).toContain(path);
    expect(issues(query).every((issue) => issue.message.startsWith(`${issue.path}:`) || issue.path === "")).toBe(true);
  });

  it("refuses a parameter it does not know", () => {
    expect(issues({ from: "2026-11-01", to: "2026-11-30", format: "pdf" })).not.toEqual([]);
  });

  it("counts both ends of a period", () => {
    expect(daysInPeriod("2026-11-01", "2026-11-30")).toBe(30);
    expect(daysInPeriod("2024-01-01", "2024-12-31")).toBe(AUDIT_PACK_MAX_DAYS);
    // A period over the end of summer time is still whole days.
    expect(daysInPeriod("2026-10-20", "2026-10-30")).toBe(11);
  });
});
