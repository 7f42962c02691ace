import { describe, expect, it } from "vitest";
import { fileSafe, formatDay, formatInstant, formatUtc } from "./format";

describe("report formats", () => {
  it("shows instants in the organisation's zone, across a daylight-saving change", () => {
    expect(formatInstant(new Date("2026-03-29T00:30:00Z"), "fr", "Europe/Paris")).toBe("29/03/2026 01:30");
    expect(formatInstant(new Date("2026-03-29T01:30:00Z"), "fr", "Europe/Paris")).toBe("29/03/2026 03:30");
    expect(formatInstant("2026-12-04T15:32:00Z", "en", "Europe/Paris")).toBe("04/12/2026, 16:32");
    expect(formatInstant(null, "fr", "Europe/Paris")).toBe("—");
  });

  it("formats days, UTC instants and file-name parts", () => {
    expect(formatDay("2026-01-31")).toBe("31/01/2026");
    expect(formatDay(null)).toBe("—");
    expect(formatUtc(new Date("2026-11-29T08:12:30Z"))).toBe("2026-11-29 08:12 UTC");
    expect(fileSafe("SUB/../東京 x")).toBe("SUB_.._x");
    expect(fileSafe("")).toBe("_");
  });
});
