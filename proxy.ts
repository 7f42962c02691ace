import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/auth.config";
import { contentSecurityPolicy, createNonce } from "@/lib/security/csp";

const { auth } = NextAuth(authConfig);

const PUBLIC_PATHS = ["/login"];

/**
 * Runs before every page (not /api: route handlers authenticate themselves): sends anonymous visitors to the sign-in page and sets
 * the nonce-based Content-Security-Policy. Authorization is NOT decided here —
 * it lives in the data-access layer and the action wrapper. No database import.
 */
export const proxy = auth((request) => {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.includes(pathname);

  if (!request.auth && !isPublic) {
    const target = new URL("/login", request.nextUrl);
    if (pathname !== "/") target.searchParams.set("callbackUrl", `${pathname}${search}`);
    const response = NextResponse.redirect(target);
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }

  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
});

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
