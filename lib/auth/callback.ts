/**
 * Reduce a `callbackUrl` to a path on this site: absolute URLs (even to
 * localhost vs 127.0.0.1) and protocol-relative `//host` are an open redirect.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value) return "/";
  let path = value;
  try {
    const url = new URL(value, "http://vigie.invalid");
    path =
      url.origin === "http://vigie.invalid" || /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//.test(value)
        ? `${url.pathname}${url.search}`
        : "/";
  } catch {
    return "/";
  }
  if (
    !path.startsWith("/") ||
    path.startsWith("//") ||
    path.startsWith("/\\") ||
    path.startsWith("/login") ||
    path.startsWith("/api/")
  )
    return "/";
  return path;
}
