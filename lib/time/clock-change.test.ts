import { describe, expect, it } from "vitest";
import { clockChangeBetween, utcOffsetMinutes } from "./clock-change";

const PARIS = "Europe/Paris";
const HOURS = 3_600_000;

describe("clockChangeBetween", () => {
  it("sees the switch to winter time inside a 72 h period (25 October 2026)", () => {
    const start = new Date("2026-10-23T10:00:00+02:00");
    const due = new Date(start.getTime() + 72 * HOURS);
    expect(clockChangeBetween(start, due, PARIS)).toEqual({ shiftMinutes: -60 });
    // The wall clock therefore reads 09:00, not 10:00, three days later.
    expect(utcOffsetMinutes(due, PARIS)).toBe(60);
  });

  it("sees the switch to summer time (29 March 2026)", () => {
    const start = new Date("2026-03-27T10:00:00+01:00");
    expect(clockChangeBetween(start, new Date(start.getTime() + 72 * HOURS), PARIS)).toEqual({ shiftMinutes: 60 });
  });

  it("says nothing when no change lies in between, or in a zone without changes", () => {
    const start = new Date("2026-11-20T10:00:00+01:00");
    expect(clockChangeBetween(start, new Date(start.getTime() + 72 * HOURS), PARIS)).toBeNull();
    const october = new Date("2026-10-23T10:00:00Z");
    expect(clockChangeBetween(october, new Date(october.getTime() + 72 * HOURS), "UTC")).toBeNull();
  });
});
