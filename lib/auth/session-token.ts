import { eq, sql } from "drizzle-orm";
import type { Db, Executor } from "@/db/client";
import { users } from "@/db/schema";
import { appendAudit } from "@/lib/audit/write";
import { actorLabel } from "./actor";
import { epochSeconds, withinSessionLimits, type SessionClaims } from "./session-limits";

/** The claims of a new session, right after a proven sign-in. */
export function startSession(userId: string, sessionVersion: number, now: Date): SessionClaims {
  return { sub: userId, sv: sessionVersion, authTime: epochSeconds(now), seen: epochSeconds(now) };
}

/**
 * Check a session on a request: within its time limits, and signed in with the
 * user's current session version (so a sign-out, a password reset, a deactivation
 * or a role change has ended it). Returns the claims with the activity time
 * moved to `now`, or null: the session is over and its cookie is removed.
 */
export async function checkSession<T extends SessionClaims>(db: Executor, token: T, now: Date): Promise<T | null> {
  if (!token.sub || typeof token.sv !== "number" || !withinSessionLimits(token, now)) return null;
  const [user] = await db
    .select({ sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, token.sub))
    .limit(1);
  if (!user || user.sessionVersion !== token.sv) return null;
  return { ...token, seen: epochSeconds(now) };
}

/** End every session of a user: each one's version is now stale. Call inside the write's transaction. */
export async function endSessions(tx: Executor, userId: string): Promise<void> {
  await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/**
 * Sign-out: a live session ends every session of its user (a replayed, already
 * ended token changes nothing), audit-logged in the same transaction.
 */
export async function signOutSession(db: Db, token: SessionClaims, now: Date): Promise<void> {
  if (!token.sub || typeof token.sv !== "number") return;
  const userId = token.sub;
  const sessionVersion = token.sv;
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!user || user.sessionVersion !== sessionVersion) return;
    await endSessions(tx, user.id);
    await appendAudit(
      tx,
      { id: user.id, label: actorLabel(user) },
      { action: "auth.logout", entityType: "session", entityId: user.id },
      now,
    );
  });
}
