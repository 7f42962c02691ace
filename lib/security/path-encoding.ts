/**
 * A request path whose percent-encoding does not decode to well-formed Unicode: bytes that are
 * not UTF-8 (`%E0%A4%A`, `%FF`) or a lone surrogate's bytes (`%ED%A0%80`). Next.js fails on such
 * a path with a bare 500 before any route runs; the proxy answers 400. An encoded NUL decodes, so it
 * reaches the route, whose parameter schema names it.
 */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
