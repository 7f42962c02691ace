import { describe, expect, it } from "vitest";
import { differencingFlags } from "./differencing";

const h = (hour: number) => Date.UTC(2026, 10, 2, hour);
const cell = (area: string, from: number, to: number, count: number, dims: string[] = []) => ({
  area,
  dims,
  windowStart: h(from),
  windowEnd: h(to),
  count,
});

describe("differencingFlags", () => {
  it("flags a wider window whose difference with an earlier narrower one is below k", () => {
    const earlier = [{ ...cell("Z1", 8, 9, 40), release: "REL-1" }];
    const flags = differencingFlags([cell("Z1", 8, 10, 43)], earlier, 10);
    expect(flags).toEqual([
      { cell: 0, earlierRelease: "REL-1", earlierWindowStart: h(8), earlierWindowEnd: h(9), difference: 3 },
    ]);
  });

  it("flags a revision of the same window by a small amount, not a large one nor an equal one", () => {
    const earlier = [
      { ...cell("Z1", 8, 9, 40), release: "REL-1" },
      { ...cell("Z2", 8, 9, 40), release: "REL-1" },
      { ...cell("Z3", 8, 9, 40), release: "REL-1" },
    ];
    const flags = differencingFlags([cell("Z1", 8, 9, 38), cell("Z2", 8, 9, 70), cell("Z3", 8, 9, 40)], earlier, 10);
    expect(flags.map((flag) => flag.cell)).toEqual([0]);
  });

  it("ignores other zones, other dimensions and windows that overlap without nesting", () => {
    const earlier = [
      { ...cell("Z1", 8, 10, 40, ["O1"]), release: "REL-1" },
      { ...cell("Z2", 8, 9, 40), release: "REL-1" },
    ];
    const flags = differencingFlags(
      [cell("Z1", 9, 11, 42, ["O1"]), cell("Z1", 8, 10, 42, ["O2"]), cell("Z3", 8, 9, 41)],
      earlier,
      10,
    );
    expect(flags).toEqual([]);
  });

  it("flags a narrower new window nested in an earlier wider one", () => {
    const earlier = [{ ...cell("Z1", 8, 12, 25), release: "REL-1" }];
    expect(differencingFlags([cell("Z1", 9, 10, 20)], earlier, 10)[0]?.difference).toBe(5);
  });
});
