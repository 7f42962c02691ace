/**
 * Which unknowns a system of linear equations pins down exactly. Each equation is a set of
 * unknowns with coefficients (±1 here) equal to a known number; an unknown is recoverable when
 * its unit vector lies in the row space of the equations (then some combination of the published
 * figures yields it), whatever values the others take. Reduced row echelon form: unknown j is
 * recoverable when it is a pivot and its pivot row has no other non-zero entry.
 * Dense elimination: callers split the system into independent components first.
 */
export interface Equation {
  terms: { unknown: number; coefficient: number }[];
}

const EPSILON = 1e-9;

export function recoverableUnknowns(unknownCount: number, equations: readonly Equation[]): number[] {
  if (unknownCount === 0 || equations.length === 0) return [];
  const rows: Float64Array[] = equations.map((equation) => {
    const row = new Float64Array(unknownCount);
    for (const { unknown, coefficient } of equation.terms) row[unknown] = row[unknown]! + coefficient;
    return row;
  });
  const pivotRowOf = new Int32Array(unknownCount).fill(-1);
  let rank = 0;
  for (let column = 0; column < unknownCount && rank < rows.length; column++) {
    let best = -1;
    for (let r = rank; r < rows.length; r++) {
      const value = Math.abs(rows[r]![column]!);
      if (value > EPSILON && (best < 0 || value > Math.abs(rows[best]![column]!))) best = r;
    }
    if (best < 0) continue;
    [rows[rank], rows[best]] = [rows[best]!, rows[rank]!];
    const pivot = rows[rank]!;
    const scale = pivot[column]!;
    for (let c = 0; c < unknownCount; c++) pivot[c] = pivot[c]! / scale;
    for (let r = 0; r < rows.length; r++) {
      if (r === rank) continue;
      const row = rows[r]!;
      const factor = row[column]!;
      if (Math.abs(factor) <= EPSILON) continue;
      for (let c = 0; c < unknownCount; c++) row[c] = row[c]! - factor * pivot[c]!;
    }
    pivotRowOf[column] = rank;
    rank++;
  }
  const out: number[] = [];
  for (let column = 0; column < unknownCount; column++) {
    const r = pivotRowOf[column]!;
    if (r < 0) continue;
    const row = rows[r]!;
    let alone = true;
    for (let c = 0; c < unknownCount && alone; c++) if (c !== column && Math.abs(row[c]!) > EPSILON) alone = false;
    if (alone) out.push(column);
  }
  return out;
}
