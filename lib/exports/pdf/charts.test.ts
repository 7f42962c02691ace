import { describe, expect, it } from "vitest";
import { barChartSvg, escapeXml, lineChartSvg, niceTicks } from "./charts";

const data = {
  categories: ["2026-W01", "2026-W02", "2026-W03"],
  series: [
    { name: "sms", values: [3, 0, 5] },
    { name: "web <b>&", values: [1, 2, 0] },
  ],
};

describe("charts as SVG", () => {
  it("picks round ticks that cover the maximum", () => {
    expect(niceTicks(97)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(niceTicks(0)).toEqual([0, 1]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("escapes text, so a hostile label stays text", () => {
    expect(escapeXml(`<script>"x" & 'y'</script>\u0001`)).toBe(
      "&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/script&gt;",
    );
    expect(lineChartSvg(data, "fr")).toContain("web &lt;b&gt;&amp;");
    expect(lineChartSvg(data, "fr")).not.toContain("<b>");
  });

  it("draws one polyline per series with one point per category", () => {
    const svg = lineChartSvg(data, "en");
    const lines = [...svg.matchAll(/<polyline[^>]*points="([^"]*)"/g)];
    expect(lines).toHaveLength(2);
    for (const [, points] of lines) expect(points!.split(" ")).toHaveLength(3);
  });

  it("draws one bar per non-zero value, stacked bars reaching each category's total", () => {
    const stacked = barChartSvg(data, "fr", "stacked");
    expect(stacked.match(/<rect x=/g)!.length - 2).toBe(4); // minus the two legend swatches
    const grouped = barChartSvg(data, "fr", "grouped");
    expect(grouped.match(/<rect x=/g)!.length - 2).toBe(4); // minus the two legend swatches
    // The axis reaches the tallest stack (5 + 0 = 5).
    expect(stacked).toContain(">5<");
  });
});
