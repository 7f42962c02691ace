/**
 * Differencing against earlier releases of the same series. A cell published now and a cell
 * published earlier for the same zone and dimensions, whose windows nest (one inside the other,
 * or the same window), give away their difference: the people counted in one and not the other.
 * When that difference is 0 < d < k, the pair reveals a small group and the new cell is flagged
 * (and, on request, suppressed before complementary suppression runs). Windows that overlap
 * without nesting give no exact difference and are not compared; zones are compared by code.
 */
export interface PublishedCell {
  area: string;
  dims: readonly string[];
  windowStart: number;
  windowEnd: number;
  count: number;
}

export interface DifferencingFlag {
  /** Index of the new cell in the block. */
  cell: number;
  earlierRelease: string;
  earlierWindowStart: number;
  earlierWindowEnd: number;
  difference: number;
}

const keyOf = (cell: { area: string; dims: readonly string[] }) => [cell.area, ...cell.dims].join("\u0000");

function nested(a: PublishedCell, b: PublishedCell): boolean {
  return (
    (a.windowStart <= b.windowStart && b.windowEnd <= a.windowEnd) ||
    (b.windowStart <= a.windowStart && a.windowEnd <= b.windowEnd)
  );
}

/**
 * The new block's cells (published counts only: blank cells give nothing away) against the
 * earlier releases' published cells whose windows meet the block's window.
 */
export function differencingFlags(
  current: readonly PublishedCell[],
  earlier: readonly (PublishedCell & { release: string })[],
  k: number,
): DifferencingFlag[] {
  const byKey = new Map<string, (PublishedCell & { release: string })[]>();
  for (const cell of earlier) {
    const key = keyOf(cell);
    byKey.set(key, [...(byKey.get(key) ?? []), cell]);
  }
  const flags: DifferencingFlag[] = [];
  current.forEach((cell, index) => {
    for (const old of byKey.get(keyOf(cell)) ?? []) {
      if (!nested(cell, old)) continue;
      const difference = Math.abs(cell.count - old.count);
      if (difference > 0 && difference < k) {
        flags.push({
          cell: index,
          earlierRelease: old.release,
          earlierWindowStart: old.windowStart,
          earlierWindowEnd: old.windowEnd,
          difference,
        });
        break;
      }
    }
  });
  return flags;
}
