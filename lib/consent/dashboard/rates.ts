/** One point of a per-purpose series: a bucket and a figure per purpose key. */
export interface SeriesPoint<T = number> {
  bucket: string;
  values: Record<string, T>;
}

/**
 * The opted-in series as rates: for each bucket and purpose, the share (in %, one decimal) of the
 * subscribers asked so far who are opted in at the end of the bucket. A small purpose then no
 * longer lies flat under a large one. `null` where nobody had been asked yet. Buckets and keys
 * follow `optedIn`; a bucket missing from `asked` counts as nobody asked.
 */
export function optedInRates(
  optedIn: readonly SeriesPoint[],
  asked: readonly SeriesPoint[],
): SeriesPoint<number | null>[] {
  const askedByBucket = new Map(asked.map((point) => [point.bucket, point.values]));
  return optedIn.map(({ bucket, values }) => {
    const askedNow = askedByBucket.get(bucket) ?? {};
    const rates: Record<string, number | null> = {};
    for (const [key, count] of Object.entries(values)) {
      const denominator = askedNow[key] ?? 0;
      rates[key] = denominator > 0 ? Math.round((Math.min(count, denominator) / denominator) * 1000) / 10 : null;
    }
    return { bucket, values: rates };
  });
}
