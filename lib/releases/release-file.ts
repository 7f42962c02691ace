import { csvField } from "./csv-line";
import type { ReviewedBlock } from "./review";
import { COMPLEMENTARY, DIFFERENCING, PRIMARY } from "./suppression";

/**
 * The published release file: the uploaded layout plus a `suppressed` marker column. A suppressed
 * cell keeps its row with `count` blank and the reason in the marker (`primary`, `complementary`,
 * `differencing`); after each window's cells come its margins, one row per line, `*` in the
 * dimension summed over (`area` = `*`: the total over zones), blank and marked when suppressed.
 */
export const MARKERS: Record<number, string> = {
  [PRIMARY]: "primary",
  [COMPLEMENTARY]: "complementary",
  [DIFFERENCING]: "differencing",
};

export function releaseFileHeader(dimensions: readonly string[]): string {
  return ["area", "window_start", "window_end", ...dimensions, "count", "suppressed"].join(",") + "\n";
}

function row(values: readonly string[], start: string, end: string, count: string, marker: string): string {
  const [area = "", ...dims] = values;
  return [csvField(area), start, end, ...dims.map(csvField), count, marker].join(",") + "\n";
}

/** One window's rows: its cells, then its margins. */
export function releaseFileRows(block: ReviewedBlock): string {
  const start = new Date(block.windowStart).toISOString();
  const end = new Date(block.windowEnd).toISOString();
  let out = "";
  block.cells.forEach((cell, index) => {
    const status = block.status[index]!;
    out += row([cell.area, ...cell.dims], start, end, status ? "" : String(cell.count), MARKERS[status] ?? "");
  });
  block.lines.forEach((line, index) => {
    const first = block.cells[line.cells[0]!]!;
    const values = [first.area, ...first.dims].map((value, d) => (d === line.dim ? "*" : value));
    const status = block.marginStatus[index]!;
    out += row(values, start, end, status ? "" : String(line.total), MARKERS[status] ?? "");
  });
  return out;
}
