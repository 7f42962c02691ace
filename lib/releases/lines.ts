/**
 * The margins of one block (one time window): for every dimension d, the lines of cells that
 * agree on every coordinate but d; each line's total is a published margin (the zone's total over
 * origins, the origin's total over zones...). A table of one dimension has one line: the window total.
 */
export interface Line {
  dim: number;
  /** Indices of the block's cells on this line. */
  cells: number[];
  /** The true total of the line (suppressed cells included). */
  total: number;
}

const SEPARATOR = "\u0000"; // never inside a label (refused on reading)

export function buildLines(keys: readonly (readonly string[])[], counts: ArrayLike<number>): Line[] {
  if (keys.length === 0) return [];
  const dims = keys[0]!.length;
  const lines: Line[] = [];
  for (let dim = 0; dim < dims; dim++) {
    const byKey = new Map<string, Line>();
    for (let cell = 0; cell < keys.length; cell++) {
      const key = dims === 1 ? "" : keys[cell]!.filter((_, d) => d !== dim).join(SEPARATOR);
      let line = byKey.get(key);
      if (!line) {
        line = { dim, cells: [], total: 0 };
        byKey.set(key, line);
      }
      line.cells.push(cell);
      line.total += counts[cell]!;
    }
    lines.push(...byKey.values());
  }
  return lines;
}

/** For each cell, the lines it lies on (one per dimension). */
export function linesOfCells(lines: readonly Line[], cellCount: number): number[][] {
  const out: number[][] = Array.from({ length: cellCount }, () => []);
  lines.forEach((line, index) => {
    for (const cell of line.cells) out[cell]!.push(index);
  });
  return out;
}
