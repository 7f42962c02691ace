import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { loginAttempts, users } from "@/db/schema";
import { appendAudit } from "@/lib/audit/write";
import { actorLabel, isUsable } from "./actor";
import { verifyAgainstDummy, verifyPassword } from "./password";

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCK_MINUTES = 15;

export type SignInOutcome =
  { ok: true; userId: string; locale: "fr" | "en" } | { ok: false; reason: "invalid" | "locked" | "unavailable" };

/** Pure: the lock that a new failure leads to. */
export function nextLockState(failedCount: number, now: Date): { failedCount: number; lockedUntil: Date | null } {
  const count = failedCount + 1;
  return {
    failedCount: count,
    lockedUntil: count >= MAX_FAILED_ATTEMPTS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null,
  };
}

/**
 * Check an e-mail and password. Failures are counted per e-mail address whether
 * or not an account exists, so the answer never reveals which addresses exist:
 * after 5 failures the address is locked for 15 minutes. A deactivated or expired
 * account is refused only once its password is proven, so that too reveals nothing
 * to someone who does not know the password. Every outcome is audit-logged.
 */
export async function authenticate(
  db: Db,
  input: { email: string; password: string; ip?: string | null },
  now: Date,
): Promise<SignInOutcome> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const [attempts] = await db.select().from(loginAttempts).where(eq(loginAttempts.email, email)).limit(1);
  const meta = { email, ip: input.ip ?? null };
  const auditActor = user ? { id: user.id, label: actorLabel(user) } : { id: null, label: email };

  if (attempts?.lockedUntil && attempts.lockedUntil.getTime() > now.getTime()) {
    if (!user) await verifyAgainstDummy(input.password);
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
    // A lock that has run out starts a fresh count.
    const previous = attempts?.lockedUntil ? 0 : (attempts?.failedCount ?? 0);
    const next = nextLockState(previous, now);
    await db.transaction(async (tx) => {
      await tx
        .insert(loginAttempts)
        .values({ email, failedCount: next.failedCount, lastFailedAt: now, lockedUntil: next.lockedUntil })
        .onConflictDoUpdate({
          target: loginAttempts.email,
          set: { failedCount: next.failedCount, lastFailedAt: now, lockedUntil: next.lockedUntil },
        });
      await appendAudit(
        tx,
        auditActor,
        {
          action: "auth.login_failed",
          entityType: "session",
          entityId: user?.id,
          meta: { ...meta, reason: "invalid", failedCount: next.failedCount },
        },
        now,
      );
      if (next.lockedUntil) {
        await appendAudit(
          tx,
          auditActor,
          {
            action: "auth.locked",
            entityType: "session",
            entityId: user?.id,
            meta: { ...meta, lockedUntil: next.lockedUntil },
          },
          now,
        );
      }
    });
    return { ok: false, reason: next.lockedUntil ? "locked" : "invalid" };
  }

  if (!isUsable(user, now)) {
    await db.transaction(async (tx) => {
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
  return { ok: true, userId: user.id, locale: user.locale };
}
