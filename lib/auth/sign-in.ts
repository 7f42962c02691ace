import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit/write";
import { actorLabel, isUsable } from "./actor";
import { verifyAgainstDummy, verifyPassword } from "./password";
import { countSignInAttempt, reserveGuess, signInRate } from "./throttle";

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

export type SignInOutcome =
  | { ok: true; userId: string; locale: "fr" | "en"; sessionVersion: number }
  | { ok: false; reason: "invalid" | "locked" | "unavailable" | "throttled" };

/**
 * Check an e-mail and password. First the client address's attempt is counted
 * (at most `signInRate()` per minute: beyond, no password check and no audit
 * entry but the first refusal's). Then one guess is reserved for the e-mail
 * address, atomically, before the password is checked — so parallel guesses
 * cannot get past the count: after 5 failures the address is locked for 15
 * minutes, whether or not an account exists, and a locked address costs the
 * same (no password check, one audit entry) either way, revealing nothing. A
 * deactivated or expired account is refused only once its password is proven.
 * Every outcome is audit-logged.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  now: Date,
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const meta = { email, ip: input.ip ?? null };
  const rate = signInRate();
  const fromAddress = await countSignInAttempt(db, input.ip ?? "unknown", now);
  if (fromAddress > rate) {
    if (fromAddress === rate + 1) {
      await db.transaction((tx) =>
        appendAudit(
          tx,
          { id: null, label: email },
          { action: "auth.throttled", entityType: "session", meta: { ...meta, perMinute: rate } },
          now,
        ),
      );
    }
    return { ok: false, reason: "throttled" };
  }

  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const auditActor = user ? { id: user.id, label: actorLabel(user) } : { id: null, label: email };
  const guess = await reserveGuess(db, email, now, MAX_FAILED_ATTEMPTS, LOCK_MINUTES);

  if (guess.failedCount > MAX_FAILED_ATTEMPTS) {
    await db.transaction(async (tx) => {
      await appendAudit(
        tx,
        auditActor,
        { action: "auth.login_failed", entityType: "session", entityId: user?.id, meta: { ...meta, reason: "locked" } },
        now,
      );
    });
    return { ok: false, reason: "locked" };
  }

  const passwordOk = user
    ? await verifyPassword(user.passwordHash, input.password)
    : (await verifyAgainstDummy(input.password), false);

  if (!user || !passwordOk) {
    const locked = guess.failedCount >= MAX_FAILED_ATTEMPTS;
    await db.transaction(async (tx) => {
      await appendAudit(
        tx,
        auditActor,
        {
          action: "auth.login_failed",
          entityType: "session",
          entityId: user?.id,
          meta: { ...meta, reason: "invalid", failedCount: guess.failedCount },
        },
        now,
      );
      if (locked) {
        await appendAudit(
          tx,
          auditActor,
          {
            action: "auth.locked",
            entityType: "session",
            entityId: user?.id,
            meta: { ...meta, lockedUntil: guess.lockedUntil },
          },
          now,
        );
      }
    });
    return { ok: false, reason: locked ? "locked" : "invalid" };
  }

  // The password is proven: the guess reserved for it, and earlier failures, no longer count.
  if (!isUsable(user, now)) {
    await db.transaction(async (tx) => {
      await tx.delete(loginAttempts).where(eq(loginAttempts.email, email));
      await appendAudit(
        tx,
        auditActor,
        {
          action: "auth.login_failed",
          entityType: "session",
          entityId: user.id,
          meta: { ...meta, reason: user.isActive ? "expired" : "deactivated" },
        },
        now,
      );
    });
    return { ok: false, reason: "unavailable" };
  }

  await db.transaction(async (tx) => {
    await tx.delete(loginAttempts).where(eq(loginAttempts.email, email));
    await appendAudit(tx, auditActor, { action: "auth.login", entityType: "session", entityId: user.id, meta }, now);
  });
  return { ok: true, userId: user.id, locale: user.locale, sessionVersion: user.sessionVersion };
}
