import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format-date-time";
import { formatDay } from "./format-day";

describe("formatDateTime", () => {
  it("writes an instant in French with its year and 'à', and in English", () => {
    const instant = new Date("2024-03-10T13:30:00Z");
    expect(formatDateTime(instant, "fr")).toBe("10 mars 2024 à 14:30");
    expect(formatDateTime(instant, "en")).toBe("10 Mar 2024, 14:30");
    expect(formatDate(instant, "fr")).toBe("10 mars 2024");
  });

  it("reads the wall clock of the operator's zone (Paris by default), across a clock change", () => {
    // 25 Oct 2026: Paris goes from UTC+2 to UTC+1 at 01:00 UTC.
    expect(formatDateTime("2026-10-24T08:00:00Z", "fr")).toBe("24 oct. 2026 à 10:00");
    expect(formatDateTime("2026-10-27T08:00:00Z", "fr")).toBe("27 oct. 2026 à 09:00");
    expect(formatDateTime("2026-10-27T08:00:00Z", "fr", { timeZone: "UTC" })).toBe("27 oct. 2026 à 08:00");
  });

  it("writes the day as formatDay does, midnight as 00, and seconds when asked", () => {
    const instant = new Date("2026-12-30T23:05:09Z");
    expect(formatDateTime(instant, "fr")).toBe(`${formatDay("2026-12-31", "fr")} à 00:05`);
    expect(formatDate(instant, "en")).toBe(formatDay("2026-12-31", "en"));
    expect(formatDateTime(instant, "en", { seconds: true })).toBe("31 Dec 2026, 00:05:09");
  });

  it("never writes a numeric day-first date", () => {
    expect(formatDateTime("2026-11-29T09:30:00Z", "fr")).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it("shows a dash for what is not a date", () => {
    expect(formatDateTime("not a date", "fr")).toBe("—");
    expect(formatDate("not a date", "en")).toBe("—");
  });
});
