import { describe, expect, it } from "vitest";
import { isoDateInZone, startOfDayInZone } from "./zone-days";

describe("calendar days in a zone", () => {
  it("reads the date of an instant on the zone's calendar", () => {
    expect(isoDateInZone(new Date("2026-03-29T22:30:00Z"))).toBe("2026-03-30");
    expect(isoDateInZone(new Date("2026-03-29T22:30:00Z"), "UTC")).toBe("2026-03-29");
  });

  it("keeps the 23-hour and 25-hour days exact", () => {
    const spring = startOfDayInZone("2026-03-29");
    expect(spring.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayInZone("2026-03-29", undefined, 1).getTime() - spring.getTime()).toBe(23 * 3_600_000);
    const autumn = startOfDayInZone("2026-10-25");
    expect(startOfDayInZone("2026-10-25", undefined, 1).getTime() - autumn.getTime()).toBe(25 * 3_600_000);
  });

  it("rolls over month and year ends", () => {
    expect(startOfDayInZone("2026-12-31", "UTC", 1).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(startOfDayInZone("2028-02-28", "UTC", 1).toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });
});
