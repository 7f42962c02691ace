/** URL helpers for tables whose filters, sort and page live in the query string (server and client). */

/** The number of pages for `total` results (at least one, so "Page 1 of 1" when empty). */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** Next.js search params with repeated keys reduced to their first value (what a GET form sends once). */
export function firstSearchParams(
  params: Record<string, string | string[] | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
