import { parseLayout, parseRow, type RawCell, type ReleaseLayout } from "./csv-layout";
import { detectSeparator, splitCsvLine } from "./csv-line";
import { differencingFlags, type PublishedCell } from "./differencing";
import { identifierValueKind, looksPerPerson } from "./identifiers";
import type { Line } from "./lines";
import { emptySummary, MAX_EXAMPLES, type CellExample, type ReviewSummary } from "./review-summary";
import { COMPLEMENTARY, DIFFERENCING, PRIMARY, PUBLISHED, suppressBlock } from "./suppression";

/**
 * The review of a release file, streaming: rows are read one by one and grouped by time window
 * (the file must keep each window's rows together); each window's table is checked and
 * suppressed on its own, handed to `hooks.block` (which writes it out), and dropped. Memory
 * holds one window, never the file. The first record-level sign stops the review.
 */
export interface ReviewedBlock {
  /** The further dimensions' names, in layout order. */
  dimensions: string[];
  windowStart: number;
  windowEnd: number;
  cells: RawCell[];
  status: Uint8Array;
  lines: Line[];
  marginStatus: Uint8Array;
}

export interface ReviewHooks {
  /** Published cells of the series' earlier approved releases whose window meets this one. */
  earlier?(windowStart: number, windowEnd: number): Promise<(PublishedCell & { release: string })[]>;
  block(block: ReviewedBlock): Promise<void>;
}

export interface ReviewOptions {
  k: number;
  suppressDifferencing: boolean;
  earlierReleases: number;
  maxCells: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

function example(cell: RawCell, extra: Partial<CellExample> = {}): CellExample {
  return {
    line: cell.line,
    area: cell.area,
    dims: cell.dims,
    windowStart: iso(cell.windowStart),
    windowEnd: iso(cell.windowEnd),
    count: cell.count,
    ...extra,
  };
}

function push(list: CellExample[], item: CellExample) {
  if (list.length < MAX_EXAMPLES) list.push(item);
}

export async function reviewRelease(
  lines: AsyncIterable<string>,
  options: ReviewOptions,
  hooks: ReviewHooks,
): Promise<ReviewSummary> {
  const summary = emptySummary(options.k);
  summary.differencing.earlierReleases = options.earlierReleases;
  let layout: ReleaseLayout | null = null;
  let separator: "," | ";" = ",";
  let lineNumber = 0;
  let block: RawCell[] = [];
  let blockKeys = new Set<string>();
  const seenWindows = new Set<string>();
  let countOnes = 0;
  const stop = (refusal: ReviewSummary["refusal"]) => ((summary.refusal = refusal), summary);

  const flush = async () => {
    if (block.length === 0) return;
    await reviewBlock(block, options, hooks, summary);
    block = [];
    blockKeys = new Set();
  };

  for await (const raw of lines) {
    lineNumber++;
    if (raw.trim() === "") continue;
    if (!layout) {
      separator = detectSeparator(raw);
      const parsed = parseLayout(splitCsvLine(raw, separator) ?? []);
      if (!parsed.ok) return stop({ kind: "layout", problems: parsed.problems });
      layout = parsed.layout;
      summary.dimensions = layout.dimensions.map((dim) => dim.name);
      continue;
    }
    const fields = splitCsvLine(raw, separator);
    const row = fields ? parseRow(fields, layout, lineNumber) : ({ ok: false, problem: "width" } as const);
    if (!row.ok) return stop({ kind: "row", problem: row.problem, line: lineNumber });
    const cell = row.cell;
    const values: [string, string][] = [
      ["area", cell.area],
      ...layout.dimensions.map((dim, i): [string, string] => [dim.name, cell.dims[i]!]),
    ];
    for (const [column, value] of values) {
      const identifier = identifierValueKind(value);
      if (identifier) return stop({ kind: "identifierValue", identifier, column, lines: [lineNumber] });
    }
    if (++summary.cells > options.maxCells) return stop({ kind: "tooManyCells", limit: options.maxCells });
    if (cell.count === 1) countOnes++;
    const current = block[0];
    if (!current || current.windowStart !== cell.windowStart || current.windowEnd !== cell.windowEnd) {
      await flush();
      const windowKey = `${cell.windowStart}/${cell.windowEnd}`;
      if (seenWindows.has(windowKey)) return stop({ kind: "ungrouped", line: lineNumber });
      seenWindows.add(windowKey);
      summary.windows++;
    }
    const key = [cell.area, ...cell.dims].join("\u0000");
    if (blockKeys.has(key)) {
      const first = block.find((other) => [other.area, ...other.dims].join("\u0000") === key);
      return stop({ kind: "duplicateCell", lines: [first?.line ?? lineNumber, lineNumber] });
    }
    blockKeys.add(key);
    block.push(cell);
  }
  if (!layout) return stop({ kind: "layout", problems: [{ kind: "missing", column: "area" }] });
  if (summary.cells === 0) return stop({ kind: "empty" });
  // One row per person is a property of the whole file: judged before the last window is written.
  if (looksPerPerson({ rows: summary.cells, rowsWithCountOne: countOnes }))
    return stop({ kind: "perPerson", rows: summary.cells });
  await flush();
  return summary;
}

async function reviewBlock(
  cells: RawCell[],
  options: ReviewOptions,
  hooks: ReviewHooks,
  summary: ReviewSummary,
): Promise<void> {
  const { k } = options;
  const { windowStart, windowEnd } = cells[0]!;
  let forced: number[] = [];
  if (hooks.earlier && options.earlierReleases > 0) {
    const earlier = await hooks.earlier(windowStart, windowEnd);
    const candidates = cells
      .map((cell, index) => ({ cell, index }))
      .filter(({ cell }) => cell.count === 0 || cell.count >= k);
    const flags = differencingFlags(
      candidates.map(({ cell }) => cell),
      earlier,
      k,
    );
    summary.differencing.flagged += flags.length;
    for (const flag of flags) {
      const cell = candidates[flag.cell]!;
      push(
        summary.examples.differencing,
        example(cell.cell, { earlierRelease: flag.earlierRelease, difference: flag.difference }),
      );
    }
    if (options.suppressDifferencing) forced = flags.map((flag) => candidates[flag.cell]!.index);
  }
  const keys = cells.map((cell) => [cell.area, ...cell.dims]);
  const counts = cells.map((cell) => cell.count);
  const result = suppressBlock({ keys, counts, k, forced });
  summary.audit.audited += result.audit.audited;
  summary.audit.notAudited += result.audit.notAudited;
  result.status.forEach((status, index) => {
    const cell = cells[index]!;
    if (status === PRIMARY) {
      summary.suppressed.primary++;
      push(summary.examples.primary, example(cell));
    } else if (status === COMPLEMENTARY) {
      summary.suppressed.complementary++;
      push(summary.examples.complementary, example(cell));
    } else if (status === DIFFERENCING) summary.suppressed.differencing++;
    else if (cell.count > 0 && (summary.smallestPublished === null || cell.count < summary.smallestPublished))
      summary.smallestPublished = cell.count;
  });
  summary.differencing.suppressed += result.status.filter((status) => status === DIFFERENCING).length;
  result.lines.forEach((line, index) => {
    const status = result.marginStatus[index];
    if (status === PRIMARY) summary.margins.primary++;
    else if (status === COMPLEMENTARY) summary.margins.complementary++;
    else {
      summary.margins.published++;
      if (line.total > 0 && (summary.smallestPublished === null || line.total < summary.smallestPublished))
        summary.smallestPublished = line.total;
      if (line.cells.length > 1 && line.total > 0)
        for (const cell of line.cells)
          if (result.status[cell] === PUBLISHED && counts[cell]! === line.total) summary.dominantCells++;
    }
  });
  await hooks.block({
    dimensions: summary.dimensions,
    windowStart,
    windowEnd,
    cells,
    status: result.status,
    lines: result.lines,
    marginStatus: result.marginStatus,
  });
}
