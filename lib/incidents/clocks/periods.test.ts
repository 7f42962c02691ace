import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HOUR_MS, addCalendarMonths, addDaysReg1182, addElapsedHours, toZonedIso } from "./periods";
import { at } from "../test-fixtures";

const paris = (instant: Date) => toZonedIso(instant, "Europe/Paris");

describe("addElapsedHours: hours are absolute elapsed time", () => {
  it("autumn DST (25 Oct 2026): 72 h after 23 Oct 10:00 is 26 Oct 09:00 local", () => {
    const due = addElapsedHours(at("2026-10-23T10:00:00+02:00"), 72);
    expect(paris(due)).toBe("2026-10-26T09:00:00.000+01:00");
    expect(due.toISOString()).toBe("2026-10-26T08:00:00.000Z");
  });

  it("spring DST (29 Mar 2026): 72 h after 27 Mar 10:00 is 30 Mar 11:00 local", () => {
    const due = addElapsedHours(at("2026-03-27T10:00:00+01:00"), 72);
    expect(paris(due)).toBe("2026-03-30T11:00:00.000+02:00");
  });

  it("spring DST: 24 h after 28 Mar 12:00 is 29 Mar 13:00 local (23 h of wall clock)", () => {
    expect(paris(addElapsedHours(at("2026-03-28T12:00:00+01:00"), 24))).toBe("2026-03-29T13:00:00.000+02:00");
  });

  it("does not skip weekends: 24 h after Friday 18:00 is Saturday 18:00", () => {
    expect(paris(addElapsedHours(at("2026-06-05T18:00:00+02:00"), 24))).toBe("2026-06-06T18:00:00.000+02:00");
  });

  it("property: due − start is exactly hours × 3 600 000 ms", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.integer({ min: 1, max: 24 * 31 }),
        (startMs, hours) => {
          expect(addElapsedHours(new Date(startMs), hours).getTime() - startMs).toBe(hours * HOUR_MS);
        },
      ),
    );
  });
});

describe("addCalendarMonths: months on the Paris calendar", () => {
  it("31 Jan 2026 + 1 month = 28 Feb 2026 (end-of-month clamp)", () => {
    expect(paris(addCalendarMonths(at("2026-01-31T10:00:00+01:00"), 1))).toBe("2026-02-28T10:00:00.000+01:00");
  });

  it("31 Jan 2028 + 1 month = 29 Feb 2028 (leap year)", () => {
    expect(paris(addCalendarMonths(at("2028-01-31T10:00:00+01:00"), 1))).toBe("2028-02-29T10:00:00.000+01:00");
  });

  it("keeps the local time across DST, so a month is not a fixed number of hours", () => {
    const start = at("2026-03-15T10:00:00+01:00");
    const due = addCalendarMonths(start, 1);
    expect(paris(due)).toBe("2026-04-15T10:00:00.000+02:00");
    expect(due.getTime() - start.getTime()).toBe((31 * 24 - 1) * HOUR_MS);
  });

  it("counts on the Paris calendar, not UTC (31 Mar 00:30 Paris is still 30 Mar in UTC)", () => {
    const due = addCalendarMonths(at("2026-03-31T00:30:00+02:00"), 1);
    expect(paris(due)).toBe("2026-04-30T00:30:00.000+02:00");
  });

  it("moves a local time that does not exist (spring-forward gap) forward by the gap", () => {
    expect(paris(addCalendarMonths(at("2027-02-28T02:30:00+01:00"), 1))).toBe("2027-03-28T03:30:00.000+02:00");
  });
});

describe("addDaysReg1182: the day-counting reading of Reg. 1182/71 (information only)", () => {
  it("ignores the day of the event and ends at the end of the third day", () => {
    // Sent Monday 19 Oct 15:00: Tue, Wed, Thu count; ends at the end of Thursday.
    expect(paris(addDaysReg1182(at("2026-10-19T15:00:00+02:00"), 3))).toBe("2026-10-23T00:00:00.000+02:00");
  });

  it("is later than the conservative 72 h reading", () => {
    const sent = at("2026-10-19T15:00:00+02:00");
    expect(addDaysReg1182(sent, 3).getTime()).toBeGreaterThan(addElapsedHours(sent, 72).getTime());
  });

  it("rolls a last day on Saturday over to Monday (Art. 3(4)), across the DST change", () => {
    // Sent Wednesday 21 Oct: Thu, Fri, Sat -> Monday 26 Oct, ends at Tuesday 00:00 (winter time).
    expect(paris(addDaysReg1182(at("2026-10-21T09:00:00+02:00"), 3))).toBe("2026-10-27T00:00:00.000+01:00");
  });

  it("includes at least two working days (Art. 3(5))", () => {
    // Sent Friday 23 Oct: Sat, Sun, Mon hold one working day -> extended to Tuesday.
    expect(paris(addDaysReg1182(at("2026-10-23T09:00:00+02:00"), 3))).toBe("2026-10-28T00:00:00.000+01:00");
  });

  it("takes the day of the event on the Paris calendar", () => {
    // 00:30 Tuesday in Paris is still Monday in UTC: Wed, Thu, Fri count.
    expect(paris(addDaysReg1182(at("2026-10-20T00:30:00+02:00"), 3))).toBe("2026-10-24T00:00:00.000+02:00");
  });
});

describe("toZonedIso", () => {
  it("writes the Paris offset and round-trips to the same instant", () => {
    const instant = at("2026-07-14T08:00:00.123Z");
    const iso = toZonedIso(instant);
    expect(iso).toBe("2026-07-14T10:00:00.123+02:00");
    expect(new Date(iso).getTime()).toBe(instant.getTime());
  });
});
