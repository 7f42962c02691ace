import { describe, expect, it } from "vitest";
import { printable, splitRuns, wrapText } from "./text";

/** Every character 1 point wide, except CJK (font 1) 2 points: easy widths to reason about. */
const measure = (text: string) => [...text].reduce((sum, char) => sum + (char.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);
const fontFor = (codePoint: number) => (codePoint > 0x2e80 ? 1 : 0);
const texts = (width: number, value: string) =>
  wrapText(value, width, fontFor, measure).map((line) => line.runs.map((run) => run.text).join(""));

describe("printable", () => {
  it("keeps ordinary and non-Latin-1 text as it is", () => {
    expect(printable("Zoë Ł 東京 ✓ 😀 =1+1 <b>")).toBe("Zoë Ł 東京 ✓ 😀 =1+1 <b>");
  });

  it("makes control characters, lone surrogates and bidi overrides visible as U+FFFD, tabs spaces, CR LF a line feed", () => {
    expect(printable("a\u0000b\u0007c\u009Fd")).toBe("a\uFFFDb\uFFFDc\uFFFDd");
    expect(printable("x\uD800y\uDC00z")).toBe("x\uFFFDy\uFFFDz");
    expect(printable("left\u202Eright")).toBe("left\uFFFDright");
    expect(printable("a\tb\r\nc\rd")).toBe("a    b\nc\nd");
  });
});

describe("splitRuns", () => {
  it("groups consecutive characters of the same font, spaces staying in the current run", () => {
    expect(splitRuns("ab 東京 cd", fontFor)).toEqual([
      { text: "ab ", font: 0 },
      { text: "東京 ", font: 1 },
      { text: "cd", font: 0 },
    ]);
    expect(splitRuns("", fontFor)).toEqual([]);
  });
});

describe("wrapText", () => {
  it("breaks at spaces within the width and drops the spaces at line ends", () => {
    expect(texts(10, "alpha beta gamma delta")).toEqual(["alpha beta", "gamma", "delta"]);
  });

  it("starts a new line at each line feed and keeps empty lines", () => {
    expect(texts(20, "one\n\ntwo")).toEqual(["one", "", "two"]);
  });

  it("cuts a word wider than the line, so hostile unbroken text never overflows", () => {
    const lines = wrapText("x".repeat(25), 10, fontFor, measure);
    expect(lines.map((line) => line.width)).toEqual([10, 10, 5]);
  });

  it("cuts a very long hostile word quickly", () => {
    const started = performance.now();
    const lines = wrapText("A".repeat(20_000), 100, fontFor, measure);
    expect(lines).toHaveLength(200);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("measures mixed-font words as one word and never exceeds the width", () => {
    const lines = wrapText("Tokyo 東京-2026 ✓ ok", 8, fontFor, measure);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(8);
    expect(lines.flatMap((line) => line.runs).some((run) => run.font === 1 && run.text.includes("東京"))).toBe(true);
    expect(lines.map((line) => line.runs.map((run) => run.text).join("")).join(" ")).toBe("Tokyo 東京 -2026 ✓ ok");
  });
});
