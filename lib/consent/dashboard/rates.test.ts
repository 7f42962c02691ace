import { describe, expect, it } from "vitest";
import { optedInRates } from "./rates";

describe("optedInRates", () => {
  it("divides opted-in subscribers by those asked so far, per bucket and purpose", () => {
    const optedIn = [
      { bucket: "2026-11-02", values: { big: 30_000, small: 12 } },
      { bucket: "2026-11-09", values: { big: 31_000, small: 30 } },
    ];
    const asked = [
      { bucket: "2026-11-02", values: { big: 60_000, small: 40 } },
      { bucket: "2026-11-09", values: { big: 62_000, small: 40 } },
    ];
    expect(optedInRates(optedIn, asked)).toEqual([
      { bucket: "2026-11-02", values: { big: 50, small: 30 } },
      { bucket: "2026-11-09", values: { big: 50, small: 75 } },
    ]);
  });

  it("is null where nobody was asked yet, and never above 100 %", () => {
    const rates = optedInRates(
      [{ bucket: "2026-01-05", values: { a: 0, b: 5 } }],
      [{ bucket: "2026-01-05", values: { a: 0, b: 3 } }],
    );
    expect(rates[0]!.values).toEqual({ a: null, b: 100 });
    expect(optedInRates([{ bucket: "2026-01-12", values: { a: 4 } }], [])[0]!.values).toEqual({ a: null });
  });

  it("rounds to one decimal", () => {
    expect(optedInRates([{ bucket: "d", values: { a: 1 } }], [{ bucket: "d", values: { a: 3 } }])[0]!.values.a).toBe(
      33.3,
    );
  });
});
