import { buildLines, linesOfCells, type Line } from "./lines";
import { recoverableUnknowns, type Equation } from "./recoverable";

/**
 * Suppression of one block (one time window's table), in three steps:
 * 1. primary: every cell with 0 < count < k is blanked (a zero is published: it singles nobody out);
 *    cells flagged by differencing and asked to be suppressed join them;
 * 2. complementary, smallest-cell-first: on every line whose margin is published, exactly one
 *    blank cell, or blank cells summing below k, would let an attacker recompute them from the
 *    margin; the smallest published cell of the line (a positive one first) is blanked too, and its
 *    own lines are looked at again, until nothing changes (a fixed point: each step blanks one more
 *    cell or margin, so it ends). A line with nothing left to blank gets its margin blanked. A
 *    margin whose total is itself below k is blanked from the start;
 * 3. exact audit: the blank cells and margins are unknowns of the line equations; in each
 *    independent group of at most `MAX_EXACT_UNKNOWNS` unknowns, an unknown the equations pin down
 *    (the "bridge" patterns the line rule misses) gets the smallest published cell of one of its
 *    lines blanked, then step 2 and 3 run again. Larger groups are counted as not audited.
 */
export const PUBLISHED = 0;
export const PRIMARY = 1;
export const COMPLEMENTARY = 2;
export const DIFFERENCING = 3;
export const MAX_EXACT_UNKNOWNS = 300;

export interface SuppressionResult {
  /** Per cell: PUBLISHED, PRIMARY, COMPLEMENTARY or DIFFERENCING. */
  status: Uint8Array;
  lines: Line[];
  /** Per line: PUBLISHED, PRIMARY (its total is below k) or COMPLEMENTARY. */
  marginStatus: Uint8Array;
  /** Unknowns in groups solved exactly, and in groups too large to solve. */
  audit: { audited: number; notAudited: number };
  rounds: number;
}

export function suppressBlock(input: {
  keys: readonly (readonly string[])[];
  counts: ArrayLike<number>;
  k: number;
  /** Cells to suppress whatever their count (differencing, on request). */
  forced?: Iterable<number>;
}): SuppressionResult {
  const { keys, counts, k } = input;
  const status = new Uint8Array(keys.length);
  for (let cell = 0; cell < keys.length; cell++) {
    const count = counts[cell]!;
    if (count > 0 && count < k) status[cell] = PRIMARY;
  }
  for (const cell of input.forced ?? []) if (status[cell] === PUBLISHED) status[cell] = DIFFERENCING;
  const lines = buildLines(keys, counts);
  const marginStatus = new Uint8Array(lines.length);
  lines.forEach((line, index) => {
    if (line.total > 0 && line.total < k) marginStatus[index] = PRIMARY;
  });
  const linesOf = linesOfCells(lines, keys.length);
  const state = { status, marginStatus, lines, linesOf, counts, k };
  let rounds = 0;
  let queue = lines.map((_, index) => index);
  let audit = { audited: 0, notAudited: 0 };
  for (;;) {
    rounds++;
    closeLines(state, queue);
    const result = auditExactly(state);
    audit = result.audit;
    if (result.touched.length === 0) break;
    queue = result.touched;
  }
  return { status, lines, marginStatus, audit, rounds };
}

interface State {
  status: Uint8Array;
  marginStatus: Uint8Array;
  lines: Line[];
  linesOf: number[][];
  counts: ArrayLike<number>;
  k: number;
}

/** The smallest published cell of a line, a positive one first; -1 when none is left. */
function smallestPublished(state: State, line: Line): number {
  let best = -1;
  for (const cell of line.cells) {
    if (state.status[cell] !== PUBLISHED) continue;
    if (best < 0) best = cell;
    else {
      const a = state.counts[cell]!;
      const b = state.counts[best]!;
      const better = (a > 0 && b === 0) || (a > 0 === b > 0 && a < b);
      if (better) best = cell;
    }
  }
  return best;
}

/** Step 2 to a fixed point, starting from the lines in `queue`. */
function closeLines(state: State, queue: number[]): void {
  const pending = new Uint8Array(state.lines.length);
  for (const line of queue) pending[line] = 1;
  while (queue.length) {
    const index = queue.pop()!;
    pending[index] = 0;
    if (state.marginStatus[index] !== PUBLISHED) continue;
    const line = state.lines[index]!;
    let blanks = 0;
    let sum = 0;
    for (const cell of line.cells)
      if (state.status[cell] !== PUBLISHED) {
        blanks++;
        sum += state.counts[cell]!;
      }
    if (blanks === 0 || (blanks >= 2 && sum >= state.k)) continue;
    const cell = smallestPublished(state, line);
    if (cell < 0) {
      state.marginStatus[index] = COMPLEMENTARY;
      continue;
    }
    state.status[cell] = COMPLEMENTARY;
    for (const other of state.linesOf[cell]!)
      if (!pending[other]) {
        pending[other] = 1;
        queue.push(other);
      }
  }
}

/** Step 3: the lines touched by the blanks it added (empty when every group is safe or too large). */
function auditExactly(state: State): { audit: { audited: number; notAudited: number }; touched: number[] } {
  const { status, marginStatus, lines, linesOf } = state;
  // Unknowns: blank cells (ids 0..) then blank margins; equations: lines holding an unknown.
  const unknownOfCell = new Map<number, number>();
  const unknownOfMargin = new Map<number, number>();
  const owner: { cell?: number; line?: number }[] = [];
  status.forEach((value, cell) => {
    if (value !== PUBLISHED) {
      unknownOfCell.set(cell, owner.length);
      owner.push({ cell });
    }
  });
  marginStatus.forEach((value, line) => {
    if (value !== PUBLISHED) {
      unknownOfMargin.set(line, owner.length);
      owner.push({ line });
    }
  });
  const equations: { line: number; equation: Equation }[] = [];
  lines.forEach((line, index) => {
    const terms = line.cells
      .filter((cell) => unknownOfCell.has(cell))
      .map((cell) => ({ unknown: unknownOfCell.get(cell)!, coefficient: 1 }));
    if (unknownOfMargin.has(index)) terms.push({ unknown: unknownOfMargin.get(index)!, coefficient: -1 });
    if (terms.length) equations.push({ line: index, equation: { terms } });
  });
  const parent = owner.map((_, index) => index);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const { equation } of equations)
    for (const term of equation.terms.slice(1)) parent[find(term.unknown)] = find(equation.terms[0]!.unknown);
  const groups = new Map<number, { unknowns: number[]; equations: Equation[] }>();
  owner.forEach((_, unknown) => {
    const root = find(unknown);
    if (!groups.has(root)) groups.set(root, { unknowns: [], equations: [] });
    groups.get(root)!.unknowns.push(unknown);
  });
  for (const { equation } of equations) groups.get(find(equation.terms[0]!.unknown))!.equations.push(equation);
  let audited = 0;
  let notAudited = 0;
  const recovered: number[] = [];
  for (const group of groups.values()) {
    if (group.equations.length === 1) {
      audited += group.unknowns.length;
      if (group.unknowns.length === 1) recovered.push(group.unknowns[0]!);
      continue;
    }
    if (group.unknowns.length > MAX_EXACT_UNKNOWNS) {
      notAudited += group.unknowns.length;
      continue;
    }
    audited += group.unknowns.length;
    const local = new Map(group.unknowns.map((unknown, index) => [unknown, index]));
    const localEquations = group.equations.map((equation) => ({
      terms: equation.terms.map((term) => ({ unknown: local.get(term.unknown)!, coefficient: term.coefficient })),
    }));
    for (const index of recoverableUnknowns(group.unknowns.length, localEquations))
      recovered.push(group.unknowns[index]!);
  }
  const touched = new Set<number>();
  for (const unknown of recovered) {
    const { cell, line } = owner[unknown]!;
    // A recovered margin matters only when its total is itself a small count.
    if (line !== undefined && marginStatus[line] !== PRIMARY) continue;
    const candidateLines = cell !== undefined ? linesOf[cell]! : [line!];
    let best = -1;
    for (const index of candidateLines) {
      const candidate = smallestPublished(state, lines[index]!);
      if (candidate >= 0 && (best < 0 || state.counts[candidate]! < state.counts[best]!)) best = candidate;
    }
    if (best >= 0 && status[best] === PUBLISHED) {
      status[best] = COMPLEMENTARY;
      for (const index of linesOf[best]!) touched.add(index);
      continue;
    }
    const margin = candidateLines.find((index) => marginStatus[index] === PUBLISHED);
    if (margin !== undefined) {
      marginStatus[margin] = COMPLEMENTARY;
      touched.add(margin);
    }
  }
  return { audit: { audited, notAudited }, touched: [...touched] };
}
