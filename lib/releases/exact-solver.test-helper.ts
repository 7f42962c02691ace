/**
 * An independent exact check for the tests: rational Gaussian elimination in BigInt on the
 * published equations of a table (every line along every dimension: its blank cells plus, when
 * its margin is blank too, that margin), telling which blank cells the equations determine.
 */
type Fraction = [bigint, bigint];

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
function norm([n, d]: Fraction): Fraction {
  if (n === 0n) return [0n, 1n];
  const g = gcd(n, d);
  const sign = d < 0n ? -1n : 1n;
  return [(sign * n) / g, (sign * d) / g];
}
const sub = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
const mul = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[0], a[1] * b[1]]);
const div = (a: Fraction, b: Fraction): Fraction => norm([a[0] * b[1], a[1] * b[0]]);

/** Blank cells (by index) whose value the equations fix exactly. */
export function determinedBlankCells(
  keys: string[][],
  blankCells: boolean[],
  blankMargin: (dim: number, lineKey: string) => boolean,
): number[] {
  const dims = keys[0]?.length ?? 0;
  const unknownOf = new Map<string, number>();
  const unknown = (name: string) => {
    if (!unknownOf.has(name)) unknownOf.set(name, unknownOf.size);
    return unknownOf.get(name)!;
  };
  keys.forEach((_, cell) => blankCells[cell] && unknown(`c${cell}`));
  const equations: Map<number, bigint>[] = [];
  for (let dim = 0; dim < dims; dim++) {
    const byLine = new Map<string, number[]>();
    keys.forEach((key, cell) => {
      const lineKey = key.filter((_, d) => d !== dim).join("|");
      byLine.set(lineKey, [...(byLine.get(lineKey) ?? []), cell]);
    });
    for (const [lineKey, cells] of byLine) {
      const row = new Map<number, bigint>();
      for (const cell of cells) if (blankCells[cell]) row.set(unknown(`c${cell}`), 1n);
      if (blankMargin(dim, lineKey)) row.set(unknown(`m${dim}:${lineKey}`), -1n);
      if (row.size) equations.push(row);
    }
  }
  const n = unknownOf.size;
  const rows: Fraction[][] = equations.map((eq) =>
    Array.from({ length: n }, (_, c) => [eq.get(c) ?? 0n, 1n] as Fraction),
  );
  const at = (r: number, c: number): Fraction => rows[r]![c]!;
  const pivotOf: number[] = Array<number>(n).fill(-1);
  let rank = 0;
  for (let col = 0; col < n && rank < rows.length; col++) {
    const r0 = rows.findIndex((row, r) => r >= rank && row[col]![0] !== 0n);
    if (r0 < 0) continue;
    [rows[rank], rows[r0]] = [rows[r0]!, rows[rank]!];
    const p = at(rank, col);
    rows[rank] = rows[rank]!.map((x) => div(x, p));
    const pivotRow = rows[rank]!;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank || at(r, col)[0] === 0n) continue;
      const f = at(r, col);
      rows[r] = rows[r]!.map((x, c) => sub(x, mul(f, pivotRow[c]!)));
    }
    pivotOf[col] = rank++;
  }
  const out: number[] = [];
  keys.forEach((_, cell) => {
    if (!blankCells[cell]) return;
    const col = unknownOf.get(`c${cell}`)!;
    const r = pivotOf[col]!;
    if (r >= 0 && rows[r]!.every((x, c) => c === col || x[0] === 0n)) out.push(cell);
  });
  return out;
}
