import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween, today } from "./calendar";

describe("security programme calendar", () => {
  it("reads today on the organisation's calendar", () => {
    expect(today(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(today(new Date("2026-12-31T23:30:00Z"), "UTC")).toBe("2026-12-31");
  });
  it("adds days across months, years and a leap day", () => {
    expect(addDays("2026-12-20", 30)).toBe("2027-01-19");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
  });
  it("adds months, clamping to the month's last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
    expect(addMonths("2026-05-15", 36)).toBe("2029-05-15");
  });
  it("counts days both ways", () => {
    expect(daysBetween("2026-01-01", "2026-03-01")).toBe(59);
    expect(daysBetween("2026-03-01", "2026-01-01")).toBe(-59);
  });
});
