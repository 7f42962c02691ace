import { describe, expect, it } from "vitest";
import { formatDay } from "./format-day";

describe("formatDay", () => {
  it("writes a day in French with its year, and in English", () => {
    expect(formatDay("2024-03-10", "fr")).toBe("10 mars 2024");
    expect(formatDay("2027-05-24", "fr")).toBe("24 mai 2027");
    expect(formatDay("2024-03-10", "en")).toBe("10 Mar 2024");
  });

  it("does not shift the day whatever the machine's zone (the day has no zone)", () => {
    expect(formatDay("2026-03-29", "fr")).toBe("29 mars 2026");
    expect(formatDay("2026-12-31", "fr")).toBe("31 déc. 2026");
  });

  it("leaves anything that is not a real day unchanged", () => {
    expect(formatDay("2026-02-30", "fr")).toBe("2026-02-30");
    expect(formatDay("bientôt", "fr")).toBe("bientôt");
  });
});
