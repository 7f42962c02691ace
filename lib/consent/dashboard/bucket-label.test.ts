import { describe, expect, it } from "vitest";
import { formatBucket } from "./bucket-label";

describe("formatBucket", () => {
  it("writes days and weeks as French dates with the year, months as month and year", () => {
    expect(formatBucket("2026-03-09", "week", "fr")).toBe("9 mars 2026");
    expect(formatBucket("2026-11-30", "day", "fr")).toBe("30 nov. 2026");
    expect(formatBucket("2026-07-01", "month", "fr")).toBe("juillet 2026");
    expect(formatBucket("2026-07-01", "month", "en")).toBe("July 2026");
  });

  it("never shows an ISO date", () => {
    for (const granularity of ["day", "week", "month"] as const)
      expect(formatBucket("2025-12-15", granularity, "fr")).not.toMatch(/\d{4}-\d{2}/);
  });
});
