/**
 * Cross-site request forgery, refused at the door of cookie-authenticated route handlers
 * (`withActor` in lib/route.ts), the way Next.js refuses it for server actions: a request that
 * may change something (any method but GET, HEAD and OPTIONS) must come from this site.
 *
 * - `Sec-Fetch-Site`, when the browser sends it, must be `same-origin` (`same-site` is a sibling
 *   sub-domain, `cross-site` another site, `none` a typed address or bookmark: none of them posts
 *   a form of Vigie's).
 * - `Origin` must be present and name the host the request was sent to (`X-Forwarded-Host` when a
 *   proxy forwards it, else `Host`), or one of `extraOrigins` (the configured public address,
 *   `AUTH_URL`). Every browser sends `Origin` on a non-GET request; a request without it is not a
 *   browser's form or fetch, and a cookie-authenticated route has no other client.
 */
export const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

function firstHost(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim().toLowerCase();
  return first ? first : null;
}

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function checkSameOrigin(
  method: string,
  headers: Headers,
  requestUrl: string,
  extraOrigins: readonly string[] = [],
): OriginVerdict {
  if (SAFE_METHODS.has(method.toUpperCase())) return { ok: true };
  const fetchSite = headers.get("sec-fetch-site")?.toLowerCase();
  if (fetchSite && fetchSite !== "same-origin") return { ok: false, reason: `Sec-Fetch-Site: ${fetchSite}` };
  const origin = headers.get("origin");
  if (!origin || origin === "null") return { ok: false, reason: "no Origin header" };
  const originHost = hostOf(origin);
  if (!originHost) return { ok: false, reason: "malformed Origin header" };
  const targets = new Set<string>();
  const forwarded = firstHost(headers.get("x-forwarded-host"));
  const host = firstHost(headers.get("host"));
  if (forwarded) targets.add(forwarded);
  if (host) targets.add(host);
  if (!forwarded && !host) targets.add(new URL(requestUrl).host.toLowerCase());
  for (const extra of extraOrigins) {
    const extraHost = hostOf(extra);
    if (extraHost) targets.add(extraHost);
  }
  return targets.has(originHost) ? { ok: true } : { ok: false, reason: `Origin ${originHost} is not this site` };
}
