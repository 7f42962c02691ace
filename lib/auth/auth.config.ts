import type { NextAuthConfig } from "next-auth";

export const SESSION_SECONDS = 8 * 60 * 60;

/**
 * The database-free half of the Auth.js configuration, shared by the proxy
 * (which only recognises signed-in visitors) and the full configuration.
 * The session token carries the user id and nothing else.
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  jwt: { maxAge: SESSION_SECONDS },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) return { sub: user.id, iat: token.iat, exp: token.exp, jti: token.jti };
      return { sub: token.sub, iat: token.iat, exp: token.exp, jti: token.jti };
    },
    session({ session, token }) {
      return { expires: session.expires, user: { id: token.sub ?? "" } } as typeof session;
    },
  },
  logger: {
    error(error) {
      // A wrong password is not a server error: no stack trace for it.
      const type = (error as { type?: string }).type;
      if (type === "CredentialsSignin") return;
      console.error(`[auth] ${type ?? error.name}: ${error.message}`);
    },
    warn() {},
    debug() {},
  },
} satisfies NextAuthConfig;
