import { describe, expect, it } from "vitest";
import { closestPair, perceivedDistance, SERIES_PALETTE, seriesColour } from "./palette";

/** The palette the consent charts used before issue 15.11 (Tailwind 700s): red and green merge for a deuteranope. */
const PREVIOUS = ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f"];
const MIN_DISTANCE = 12;

describe("the series palette", () => {
  it("keeps every pair of series apart with normal vision and with each colour blindness", () => {
    const worst = closestPair(SERIES_PALETTE);
    expect(worst.distance, `${worst.a} / ${worst.b} under ${worst.deficiency}`).toBeGreaterThan(MIN_DISTANCE);
  });

  it("the check is real: the previous palette fails it", () => {
    expect(closestPair(PREVIOUS).distance).toBeLessThan(MIN_DISTANCE);
  });

  it("simulation sanity: red and green look far apart normally, close for a deuteranope", () => {
    expect(perceivedDistance("#b91c1c", "#4d7c0f")).toBeGreaterThan(50);
    expect(perceivedDistance("#b91c1c", "#4d7c0f", "deuteranopia")).toBeLessThan(
      perceivedDistance("#b91c1c", "#4d7c0f") / 2,
    );
  });

  it("cycles when there are more series than colours", () => {
    expect(seriesColour(0)).toBe(SERIES_PALETTE[0]);
    expect(seriesColour(SERIES_PALETTE.length)).toBe(SERIES_PALETTE[0]);
  });
});
