import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeTimeLeft } from "./countdown";

describe("describeTimeLeft", () => {
  it.each([
    [6 * 3_600_000, "normal", 0, 6, 0],
    [6 * 3_600_000 - 1, "urgent", 0, 5, 59],
    [0, "urgent", 0, 0, 0],
    [-1, "overdue", 0, 0, 0],
    [-(26 * 3_600_000 + 5 * 60_000), "overdue", 1, 2, 5],
  ] as const)("%d ms → %s, %d d %d h %d min", (ms, urgency, days, hours, minutes) => {
    expect(describeTimeLeft(ms)).toMatchObject({ urgency, days, hours, minutes });
  });

  it("property: the parts add up to |ms| rounded down to the second", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e10, max: 1e10 }), (ms) => {
        const d = describeTimeLeft(ms);
        const total = ((d.days * 24 + d.hours) * 60 + d.minutes) * 60_000 + d.seconds * 1000;
        expect(Math.abs(ms) - total).toBeGreaterThanOrEqual(0);
        expect(Math.abs(ms) - total).toBeLessThan(1000);
      }),
    );
  });
});
