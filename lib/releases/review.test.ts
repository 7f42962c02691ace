import { describe, expect, it } from "vitest";
import { answerCriteria } from "./criteria";
import { releaseFileHeader, releaseFileRows } from "./release-file";
import { reviewRelease, type ReviewedBlock } from "./review";

async function* linesOf(text: string) {
  for (const line of text.split("\n")) yield line;
}

const options = { k: 10, suppressDifferencing: false, earlierReleases: 0, maxCells: 1000 };

async function review(csv: string, extra: Partial<typeof options> = {}) {
  const blocks: ReviewedBlock[] = [];
  const summary = await reviewRelease(
    linesOf(csv),
    { ...options, ...extra },
    { block: async (block) => void blocks.push(block) },
  );
  return { summary, blocks };
}

const HEADER = "area,window_start,window_end,origin_area,count";
const w = (hour: number) => `2026-11-02T${String(hour).padStart(2, "0")}:00:00Z`;

describe("reviewRelease", () => {
  it("reviews an origin–destination table window by window and writes cells then margins", async () => {
    const csv = [
      HEADER,
      `Z1,${w(8)},${w(9)},Z2,4`,
      `Z1,${w(8)},${w(9)},Z3,40`,
      `Z2,${w(8)},${w(9)},Z2,55`,
      `Z2,${w(8)},${w(9)},Z3,60`,
      `Z1,${w(9)},${w(10)},Z2,30`,
      `Z1,${w(9)},${w(10)},Z3,40`,
    ].join("\n");
    const { summary, blocks } = await review(csv);
    expect(summary.refusal).toBeNull();
    expect(summary).toMatchObject({
      cells: 6,
      windows: 2,
      dimensions: ["origin_area"],
      suppressed: { primary: 1, complementary: 3 },
    });
    expect(summary.examples.primary[0]).toMatchObject({ line: 2, area: "Z1", dims: ["Z2"], count: 4 });
    expect(blocks).toHaveLength(2);
    const file = releaseFileHeader(summary.dimensions) + blocks.map(releaseFileRows).join("");
    expect(file.split("\n").slice(0, 3)).toEqual([
      "area,window_start,window_end,origin_area,count,suppressed",
      "Z1,2026-11-02T08:00:00.000Z,2026-11-02T09:00:00.000Z,Z2,,primary",
      "Z1,2026-11-02T08:00:00.000Z,2026-11-02T09:00:00.000Z,Z3,,complementary",
    ]);
    expect(file).toContain("*,2026-11-02T08:00:00.000Z,2026-11-02T09:00:00.000Z,Z2,59,");
    expect(answerCriteria(summary).map((c) => [c.name, c.answer])).toEqual([
      ["singlingOut", "addressed"],
      ["linkability", "addressed"],
      ["inference", "addressed"],
    ]);
  });

  it("stops at an identifier column, an identifier value, a duplicate cell, a scattered window, a bad row", async () => {
    expect((await review("area,window_start,window_end,msisdn,count\n")).summary.refusal).toMatchObject({
      kind: "layout",
    });
    expect((await review(`${HEADER}\nZ1,${w(8)},${w(9)},+33612345678,12`)).summary.refusal).toEqual({
      kind: "identifierValue",
      identifier: "msisdn",
      column: "origin_area",
      lines: [2],
    });
    expect((await review(`${HEADER}\nZ1,${w(8)},${w(9)},Z2,12\nZ1,${w(8)},${w(9)},Z2,13`)).summary.refusal).toEqual({
      kind: "duplicateCell",
      lines: [2, 3],
    });
    expect(
      (await review(`${HEADER}\nZ1,${w(8)},${w(9)},Z2,12\nZ1,${w(9)},${w(10)},Z2,13\nZ2,${w(8)},${w(9)},Z2,13`)).summary
        .refusal,
    ).toEqual({ kind: "ungrouped", line: 4 });
    expect((await review(`${HEADER}\nZ1,${w(8)},${w(9)},Z2,abc`)).summary.refusal).toEqual({
      kind: "row",
      problem: "count",
      line: 2,
    });
    expect((await review(`${HEADER}\n`)).summary.refusal).toEqual({ kind: "empty" });
    expect(
      (await review(`${HEADER}\nZ1,${w(8)},${w(9)},Z2,12\nZ2,${w(8)},${w(9)},Z2,13`, { maxCells: 1 })).summary.refusal,
    ).toEqual({ kind: "tooManyCells", limit: 1 });
  });

  it("stops a list of people: one row each with count 1", async () => {
    const rows = Array.from({ length: 25 }, (_, i) => `Z${i},${w(8)},${w(9)},Z0,1`);
    const { summary } = await review([HEADER, ...rows].join("\n"));
    expect(summary.refusal).toEqual({ kind: "perPerson", rows: 25 });
    expect(answerCriteria(summary).every((c) => c.answer === "present")).toBe(true);
  });

  it("flags differencing with an earlier release and suppresses on request", async () => {
    const csv = [
      HEADER,
      `Z1,${w(8)},${w(10)},Z2,43`,
      `Z1,${w(8)},${w(10)},Z3,50`,
      `Z2,${w(8)},${w(10)},Z2,60`,
      `Z2,${w(8)},${w(10)},Z3,70`,
    ].join("\n");
    const earlier = async () => [
      {
        release: "REL-2026-0001",
        area: "Z1",
        dims: ["Z2"],
        windowStart: Date.parse(w(8)),
        windowEnd: Date.parse(w(9)),
        count: 40,
      },
    ];
    const flagged = await reviewRelease(
      linesOf(csv),
      { ...options, earlierReleases: 1 },
      { earlier, block: async () => {} },
    );
    expect(flagged.differencing).toEqual({ earlierReleases: 1, flagged: 1, suppressed: 0 });
    expect(flagged.examples.differencing[0]).toMatchObject({
      area: "Z1",
      earlierRelease: "REL-2026-0001",
      difference: 3,
    });
    expect(answerCriteria(flagged).find((c) => c.name === "linkability")?.answer).toBe("present");
    const suppressed = await reviewRelease(
      linesOf(csv),
      { ...options, earlierReleases: 1, suppressDifferencing: true },
      { earlier, block: async () => {} },
    );
    expect(suppressed.differencing).toEqual({ earlierReleases: 1, flagged: 1, suppressed: 1 });
    expect(suppressed.suppressed.complementary).toBeGreaterThan(0);
    expect(answerCriteria(suppressed).find((c) => c.name === "linkability")?.answer).toBe("addressed");
  });

  it("reports a dominant cell (all of a zone's travellers from one origin) as a residual inference risk", async () => {
    const csv = [
      HEADER,
      `Z1,${w(8)},${w(9)},Z2,40`,
      `Z1,${w(8)},${w(9)},Z3,0`,
      `Z2,${w(8)},${w(9)},Z2,55`,
      `Z2,${w(8)},${w(9)},Z3,60`,
    ].join("\n");
    const { summary } = await review(csv);
    expect(summary.dominantCells).toBeGreaterThan(0);
    expect(answerCriteria(summary).find((c) => c.name === "inference")?.answer).toBe("residual");
  });
});
