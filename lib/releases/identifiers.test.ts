import { describe, expect, it } from "vitest";
import { parseLayout, parseRow } from "./csv-layout";
import { identifierHeaderKind, identifierValueKind, looksPerPerson } from "./identifiers";

describe("identifier detection", () => {
  it("recognises identifier column names", () => {
    expect(identifierHeaderKind("imsi")).toBe("imsi");
    expect(identifierHeaderKind("msisdn")).toBe("msisdn");
    expect(identifierHeaderKind("phone_number")).toBe("msisdn");
    expect(identifierHeaderKind("imei")).toBe("imei");
    expect(identifierHeaderKind("subscriber_ref")).toBe("subscriberRef");
    expect(identifierHeaderKind("origin_area")).toBeNull();
    expect(identifierHeaderKind("age_band")).toBeNull();
  });

  it("recognises identifier values: IMEI by its Luhn digit, IMSI otherwise, phone numbers, Vigie references", () => {
    expect(identifierValueKind("490154203237518")).toBe("imei");
    expect(identifierValueKind("208150123456789")).toBe("imsi");
    expect(identifierValueKind("+33612345678")).toBe("msisdn");
    expect(identifierValueKind("0712345678")).toBe("msisdn");
    expect(identifierValueKind("SUB-00a1f3c")).toBe("subscriberRef");
    expect(identifierValueKind("751010101")).toBeNull(); // an IRIS code
    expect(identifierValueKind("75056")).toBeNull(); // an INSEE commune
    expect(identifierValueKind("CG-0042")).toBeNull();
    expect(identifierValueKind("25-34")).toBeNull();
  });

  it("one row per person: every count 1 over 20 rows or more", () => {
    expect(looksPerPerson({ rows: 20, rowsWithCountOne: 20 })).toBe(true);
    expect(looksPerPerson({ rows: 19, rowsWithCountOne: 19 })).toBe(false);
    expect(looksPerPerson({ rows: 200, rowsWithCountOne: 199 })).toBe(false);
  });
});

describe("release layout", () => {
  it("reads the required columns and further dimensions in any order and case", () => {
    const parsed = parseLayout(["Window_Start", "window_end", "origin_area", "AREA", "count"]);
    expect(parsed).toEqual({
      ok: true,
      layout: {
        area: 3,
        windowStart: 0,
        windowEnd: 1,
        count: 4,
        dimensions: [{ name: "origin_area", index: 2 }],
        width: 5,
      },
    });
  });

  it("names every problem of a header: missing, repeated, identifier columns", () => {
    const parsed = parseLayout(["area", "area", "imsi", "count"]);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems).toEqual(
        expect.arrayContaining([
          { kind: "duplicate", column: "area" },
          { kind: "identifierColumn", column: "imsi", identifier: "imsi" },
          { kind: "missing", column: "window_start" },
          { kind: "missing", column: "window_end" },
        ]),
      );
  });

  it("refuses impossible dates, reversed windows, negative or decimal counts, NUL and lone surrogates", () => {
    const parsed = parseLayout(["area", "window_start", "window_end", "count"]);
    if (!parsed.ok) throw new Error("layout");
    const row = (fields: string[]) => parseRow(fields, parsed.layout, 2);
    expect(row(["Z1", "2026-11-02T08:00Z", "2026-11-02T09:00Z", "12"])).toMatchObject({
      ok: true,
      cell: { count: 12 },
    });
    expect(row(["Z1", "2026-02-30T08:00Z", "2026-03-01T09:00Z", "12"])).toEqual({ ok: false, problem: "windowStart" });
    expect(row(["Z1", "2026-11-02T09:00Z", "2026-11-02T08:00Z", "12"])).toEqual({ ok: false, problem: "windowOrder" });
    expect(row(["Z1", "2026-11-02T08:00Z", "2026-11-02T09:00Z", "-1"])).toEqual({ ok: false, problem: "count" });
    expect(row(["Z1", "2026-11-02T08:00Z", "2026-11-02T09:00Z", "1.5"])).toEqual({ ok: false, problem: "count" });
    expect(row(["Z\u00001", "2026-11-02T08:00Z", "2026-11-02T09:00Z", "1"])).toEqual({ ok: false, problem: "area" });
    expect(row(["Z\ud8001", "2026-11-02T08:00Z", "2026-11-02T09:00Z", "1"])).toEqual({ ok: false, problem: "area" });
    expect(row(["*", "2026-11-02T08:00Z", "2026-11-02T09:00Z", "1"])).toEqual({ ok: false, problem: "area" });
    expect(row(["Z1", "2026-11-02T08:00", "2026-11-02T09:00Z", "1"])).toEqual({ ok: false, problem: "windowStart" });
    expect(row(["Z1", "2026-11-02T08:00Z", "2026-11-02T09:00Z"])).toEqual({ ok: false, problem: "width" });
  });
});
