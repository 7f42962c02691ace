import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/security/csp";

const PUBLIC_PATHS = ["/login"];

/**
 * Runs before every page (not /api: route handlers authenticate themselves):
 * sends visitors without a valid session cookie to the sign-in page and sets
 * the nonce-based Content-Security-Policy. It only READS the session token —
 * it never re-issues the cookie, so a request still in flight when someone signs
 * out cannot put the session back. Authorization is not decided here: it lives
 * in the data-access layer and the action wrapper. No database import.
 */
export async function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname, search } = request.nextUrl;

  if (!PUBLIC_PATHS.includes(pathname)) {
    const secret = process.env.AUTH_SECRET;
    // Behind a TLS-terminating proxy the request may look like http while Auth.js set the
    // __Secure- cookie (or the reverse): accept whichever of the two session cookies is valid.
    const token = secret
      ? ((await getToken({ req: request, secret, secureCookie: true })) ??
        (await getToken({ req: request, secret, secureCookie: false })))
      : null;
    if (!token?.sub) {
      const target = new URL("/login", request.nextUrl);
      if (pathname !== "/") target.searchParams.set("callbackUrl", `${pathname}${search}`);
      const response = NextResponse.redirect(target);
      response.headers.set("Content-Security-Policy", policy);
      return response;
    }
  }

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Files of public/ are served to everyone: icons, the manifest and robots.txt.
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|icon-|apple-touch-icon.png|manifest.webmanifest|robots.txt).*)",
  ],
};
