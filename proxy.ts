import { encode, getToken, type JWT } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { SESSION_SECONDS } from "@/lib/auth/auth.config";
import { epochSeconds, withinSessionLimits, type SessionClaims } from "@/lib/auth/session-limits";
import { contentSecurityPolicy, createNonce } from "@/lib/security/csp";
import { isMalformedPath } from "@/lib/security/path-encoding";

const PUBLIC_PATHS = ["/login"];

/**
 * Runs before every page and route handler. A path that does not decode to well-formed Unicode
 * gets 400 naming the path (Next.js would answer a bare 500). For /api that is all: route handlers
 * authenticate themselves. For pages it
 * sends visitors without a valid session cookie to the sign-in page and sets
 * the nonce-based Content-Security-Policy. It checks the session's time limits
 * (8 h from sign-in, the idle limit) and moves its activity time forward; whether
 * the session was ended (sign-out, password reset...) needs the database and is
 * checked on the server, so re-issuing a signed-out token revives nothing. Authorization is not decided here: it lives
 * in the data-access layer and the action wrapper. No database import.
 */
export async function proxy(request: NextRequest) {
  if (isMalformedPath(request.nextUrl.pathname)) return malformedPath();
  // Route handlers authenticate themselves and set their own headers: only the path is checked for them
  // (and only paths with a percent sign reach the proxy, see the matcher).
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname, search } = request.nextUrl;

  let session: FoundSession | null = null;
  if (!PUBLIC_PATHS.includes(pathname)) {
    session = await findSession(request);
    if (!session?.token.sub || !withinSessionLimits(session.token, new Date())) {
      const target = new URL("/login", request.nextUrl);
      if (pathname !== "/") target.searchParams.set("callbackUrl", `${pathname}${search}`);
      const response = NextResponse.redirect(target);
      if (session) response.cookies.delete(session.cookie);
      response.headers.set("Content-Security-Policy", policy);
      return response;
    }
  }

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (session) await recordActivity(response, session);
  return response;
}

interface FoundSession {
  token: JWT & SessionClaims;
  cookie: string;
  secure: boolean;
  secret: string;
}

/**
 * Behind a TLS-terminating proxy the request may look like http while Auth.js set the
 * __Secure- cookie (or the reverse): accept whichever of the two session cookies is valid.
 */
async function findSession(request: NextRequest): Promise<FoundSession | null> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  for (const secure of [true, false]) {
    const cookie = secure ? "__Secure-authjs.session-token" : "authjs.session-token";
    const token = await getToken({ req: request, secret, secureCookie: secure, salt: cookie });
    if (token) return { token: token as JWT & SessionClaims, cookie, secure, secret };
  }
  return null;
}

/**
 * The idle limit counts from the last request: move the token's activity time
 * forward (at most once a minute). Re-issuing is safe after a sign-out: the
 * token keeps the session version it was signed in with, which the server
 * refuses once the session has ended.
 */
async function recordActivity(response: NextResponse, { token, cookie, secure, secret }: FoundSession) {
  const now = epochSeconds(new Date());
  if (typeof token.seen === "number" && now - token.seen < 60) return;
  const value = await encode({ token: { ...token, seen: now }, secret, salt: cookie, maxAge: SESSION_SECONDS });
  response.cookies.set(cookie, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_SECONDS });
}

/** The route handlers' error body (lib/route-errors.ts), for a path no route can read. */
function malformedPath() {
  return NextResponse.json(
    {
      code: "VALIDATION",
      message: "The address is not valid: it must be well-formed UTF-8.",
      issues: [{ path: "path", message: "Not well-formed UTF-8." }],
    },
    { status: 400 },
  );
}

export const config = {
  // Files of public/ are served to everyone: icons, the manifest and robots.txt.
  // API paths only when percent-encoded: the check above needs no more, and running the proxy makes
  // Next.js buffer the request body (10 MB at most), which the streamed ingestion routes must not get.
  matcher: [
    "/api/:path(.*%.*)",
    "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|icon-|apple-touch-icon.png|manifest.webmanifest|robots.txt).*)",
  ],
};
