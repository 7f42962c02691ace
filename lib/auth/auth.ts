import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/db/client";
import { clientAddress } from "@/lib/security/client-address";
import { text } from "@/lib/validation";
import { authConfig } from "./auth.config";
import type { JWT } from "next-auth/jwt";
import type { SessionClaims } from "./session-limits";
import { checkSession, signOutSession, startSession } from "./session-token";
import { authenticate } from "./sign-in";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class LockedAccount extends CredentialsSignin {
  code = "locked";
}
class UnavailableAccount extends CredentialsSignin {
  code = "unavailable";
}
class ThrottledAddress extends CredentialsSignin {
  code = "throttled";
}

const credentialsSchema = z.object({ email: text().trim().max(320), password: z.string().max(256) });

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    /** Every request re-checks the session: time limits and the user's session version (lib/auth/session-token.ts). */
    async jwt({ token, user }) {
      const now = new Date();
      if (user?.id) {
        const sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return { ...startSession(user.id, sessionVersion, now), iat: token.iat, exp: token.exp, jti: token.jti };
      }
      return checkSession(getDb(), token as JWT & SessionClaims, now);
    },
  },
  events: {
    async signOut(message) {
      if ("token" in message && message.token)
        await signOutSession(getDb(), message.token as SessionClaims, new Date());
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const ip = clientAddress(request.headers);
        const outcome = await authenticate(getDb(), { ...parsed.data, ip }, new Date());
        if (outcome.ok) return { id: outcome.userId, sessionVersion: outcome.sessionVersion };
        if (outcome.reason === "locked") throw new LockedAccount();
        if (outcome.reason === "unavailable") throw new UnavailableAccount();
        if (outcome.reason === "throttled") throw new ThrottledAddress();
        throw new InvalidCredentials();
      },
    }),
  ],
});
