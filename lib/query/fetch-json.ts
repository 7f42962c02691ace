/**
 * GET a route handler's JSON for a TanStack Query function (client-safe). The type argument is
 * the route's DTO: the route handler and this cast are the one place the two sides meet.
 */

/** A failed GET on a route handler, with its status (401 and 403 are not retried). */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = "HttpError";
  }
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: "no-store", headers: { accept: "application/json" } });
  if (!response.ok) throw new HttpError(response.status);
  return (await response.json()) as T;
}

/** TanStack Query's `retry`: twice on a network or server error, never on a refusal (4xx). */
export function retryUnlessRefused(failures: number, error: Error): boolean {
  return !(error instanceof HttpError && error.status < 500) && failures < 2;
}
