import { describe, expect, it } from "vitest";
import { calendarDay, columnLetter, toCell, wallClock } from "./cells";

describe("XLSX cells", () => {
  it("writes calendar days as real dates at midnight UTC (spreadsheet serials carry no zone)", () => {
    expect(toCell("2026-03-29", "date")).toEqual(new Date("2026-03-29T00:00:00Z"));
    expect(calendarDay("29/03/2026")).toBeNull();
    expect(toCell(null, "date")).toBeNull();
  });
  it("writes instants as the organisation's wall-clock time, across daylight saving", () => {
    expect(wallClock(new Date("2026-03-29T00:30:00Z"), "Europe/Paris")).toEqual(new Date("2026-03-29T01:30:00Z"));
    expect(wallClock(new Date("2026-03-29T01:30:00Z"), "Europe/Paris")).toEqual(new Date("2026-03-29T03:30:00Z"));
  });
  it("neutralises text a spreadsheet would run, keeps numbers and booleans", () => {
    expect(["=1+1", "+1", "-1", "@A1", "\tx", "\rx"].map((v) => toCell(v))).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@A1",
      "'\tx",
      "'\rx",
    ]);
    expect(toCell(-3, "number")).toBe(-3);
    expect(toCell(false, "boolean")).toBe(false);
    expect(toCell("", "text")).toBeNull();
  });
  it("names columns like a spreadsheet", () => {
    expect([1, 26, 27, 34, 702, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AH", "ZZ", "AAA"]);
  });
});
