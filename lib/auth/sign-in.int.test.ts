import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loginAttempts } from "@/db/schema";
import { auditEntries, FIXTURE_PASSWORD, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { authenticate, LOCK_MINUTES, MAX_FAILED_ATTEMPTS } from "./sign-in";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const t0 = new Date("2026-11-02T09:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const WRONG = "not-the-right-password";

async function lastEntry(action: string) {
  return (await auditEntries(db(), action)).at(-1)!;
}

async function attempts(email: string) {
  const [row] = await db().select().from(loginAttempts).where(eq(loginAttempts.email, email));
  return row;
}

/** Fail `MAX_FAILED_ATTEMPTS` times from `start` (one second apart) and return the reasons. */
async function failUntilLocked(email: string, start: number) {
  const reasons: string[] = [];
  for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
    const outcome = await authenticate(db(), { email, password: WRONG }, at(start + i));
    reasons.push(outcome.ok ? "ok" : outcome.reason);
  }
  return reasons;
}

const lockedSequence = [...Array<string>(MAX_FAILED_ATTEMPTS - 1).fill("invalid"), "locked"];

describe("signing in", () => {
  it("accepts the right password and logs auth.login", async () => {
    const user = await unsafeCreateUser(db(), { role: "security", email: "rssi@test.vigie.fr" });
    const outcome = await authenticate(
      db(),
      { email: "rssi@test.vigie.fr", password: FIXTURE_PASSWORD, ip: "203.0.113.7" },
      t0,
    );
    expect(outcome).toEqual({ ok: true, userId: user.id, locale: "fr" });
    const entry = await lastEntry("auth.login");
    expect(entry).toMatchObject({
      actorId: user.id,
      entityType: "session",
      entityId: user.id,
      meta: { email: "rssi@test.vigie.fr", ip: "203.0.113.7" },
    });
    expect(entry.occurredAt.toISOString()).toBe(t0.toISOString());
  });

  it("refuses a wrong password as invalid and logs auth.login_failed without the password", async () => {
    const user = await unsafeCreateUser(db(), { role: "dpo", email: "dpo-wrong@test.vigie.fr" });
    const outcome = await authenticate(db(), { email: user.email, password: WRONG }, t0);
    expect(outcome).toEqual({ ok: false, reason: "invalid" });
    const entry = await lastEntry("auth.login_failed");
    expect(entry).toMatchObject({
      actorId: user.id,
      entityId: user.id,
      meta: { email: user.email, reason: "invalid", failedCount: 1 },
    });
    expect(JSON.stringify(await auditEntries(db()))).not.toContain(WRONG);
  });

  it("treats the e-mail address case-insensitively, for success and for the failure count", async () => {
    const user = await unsafeCreateUser(db(), { role: "dpo", email: "marie.dupont@test.vigie.fr" });
    expect(
      await authenticate(db(), { email: "  Marie.Dupont@TEST.Vigie.fr ", password: FIXTURE_PASSWORD }, t0),
    ).toMatchObject({ ok: true, userId: user.id });
    await authenticate(db(), { email: "MARIE.DUPONT@test.vigie.fr", password: WRONG }, at(1));
    await authenticate(db(), { email: "marie.dupont@TEST.VIGIE.FR", password: WRONG }, at(2));
    expect(await attempts("marie.dupont@test.vigie.fr")).toMatchObject({ failedCount: 2, lockedUntil: null });
  });

  it("resets the failure count after a successful sign-in", async () => {
    const fresh = await unsafeCreateUser(db(), { role: "security" });
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++)
      await authenticate(db(), { email: fresh.email, password: WRONG }, at(i));
    expect(await authenticate(db(), { email: fresh.email, password: FIXTURE_PASSWORD }, at(10))).toMatchObject({
      ok: true,
    });
    expect(await attempts(fresh.email)).toBeUndefined();
    expect(await authenticate(db(), { email: fresh.email, password: WRONG }, at(11))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await attempts(fresh.email)).toMatchObject({ failedCount: 1 });
  });
});

describe("the lockout", () => {
  it(`locks for ${LOCK_MINUTES} minutes after ${MAX_FAILED_ATTEMPTS} failures, even against the right password`, async () => {
    const user = await unsafeCreateUser(db(), { role: "dpo", email: "lock@test.vigie.fr" });
    expect(await failUntilLocked(user.email, 0)).toEqual(lockedSequence);
    const lockedAt = at(MAX_FAILED_ATTEMPTS - 1);
    const lockEnd = lockedAt.getTime() + LOCK_MINUTES * 60_000;
    expect((await attempts(user.email))?.lockedUntil?.getTime()).toBe(lockEnd);
    expect(await lastEntry("auth.locked")).toMatchObject({ actorId: user.id, meta: { email: user.email } });

    expect(
      await authenticate(db(), { email: user.email, password: FIXTURE_PASSWORD }, at(MAX_FAILED_ATTEMPTS)),
    ).toEqual({ ok: false, reason: "locked" });
    expect(await lastEntry("auth.login_failed")).toMatchObject({ actorId: user.id, meta: { reason: "locked" } });
    expect(
      await authenticate(db(), { email: user.email, password: FIXTURE_PASSWORD }, new Date(lockEnd - 1000)),
    ).toEqual({ ok: false, reason: "locked" });
    // Attempts during the lock do not extend it.
    expect((await attempts(user.email))?.lockedUntil?.getTime()).toBe(lockEnd);

    const after = new Date(lockEnd + 1000);
    expect(await authenticate(db(), { email: user.email, password: FIXTURE_PASSWORD }, after)).toMatchObject({
      ok: true,
      userId: user.id,
    });
    expect(await lastEntry("auth.login")).toMatchObject({ actorId: user.id, occurredAt: after });
  });

  it("starts a fresh count once a lock has run out", async () => {
    const user = await unsafeCreateUser(db(), { role: "security", email: "relock@test.vigie.fr" });
    await failUntilLocked(user.email, 0);
    const later = MAX_FAILED_ATTEMPTS - 1 + LOCK_MINUTES * 60 + 1;
    expect(await authenticate(db(), { email: user.email, password: WRONG }, at(later))).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await attempts(user.email)).toMatchObject({ failedCount: 1, lockedUntil: null });
  });

  it("answers exactly the same for an e-mail address that has no account", async () => {
    const known = await unsafeCreateUser(db(), { role: "dpo", email: "known@test.vigie.fr" });
    const unknown = "nobody@test.vigie.fr";
    const knownReasons = await failUntilLocked(known.email, 0);
    const unknownReasons = await failUntilLocked(unknown, 0);
    expect(unknownReasons).toEqual(knownReasons);
    expect(unknownReasons).toEqual(lockedSequence);
    // Locked: even the first try with any password, then the same after the lock.
    expect(await authenticate(db(), { email: unknown, password: FIXTURE_PASSWORD }, at(MAX_FAILED_ATTEMPTS))).toEqual({
      ok: false,
      reason: "locked",
    });
    const later = at(MAX_FAILED_ATTEMPTS - 1 + LOCK_MINUTES * 60 + 1);
    expect(await authenticate(db(), { email: unknown, password: FIXTURE_PASSWORD }, later)).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await lastEntry("auth.login_failed")).toMatchObject({
      actorId: null,
      entityId: null,
      meta: { email: unknown, reason: "invalid" },
    });
  });
});

describe("accounts that may not sign in", () => {
  it("refuses an expired auditor and a deactivated user with the right password as unavailable", async () => {
    const expired = await unsafeCreateUser(db(), {
      role: "auditor",
      email: "audit-expired@test.vigie.fr",
      expiresAt: new Date(t0.getTime() - 1000),
    });
    const deactivated = await unsafeCreateUser(db(), {
      role: "security",
      email: "gone@test.vigie.fr",
      isActive: false,
    });

    expect(await authenticate(db(), { email: expired.email, password: FIXTURE_PASSWORD }, t0)).toEqual({
      ok: false,
      reason: "unavailable",
    });
    expect(await lastEntry("auth.login_failed")).toMatchObject({ actorId: expired.id, meta: { reason: "expired" } });
    expect(await authenticate(db(), { email: deactivated.email, password: FIXTURE_PASSWORD }, t0)).toEqual({
      ok: false,
      reason: "unavailable",
    });
    expect(await lastEntry("auth.login_failed")).toMatchObject({
      actorId: deactivated.id,
      meta: { reason: "deactivated" },
    });

    // Without the password, nothing tells them apart from any other account.
    for (const email of [expired.email, deactivated.email]) {
      expect(await authenticate(db(), { email, password: WRONG }, t0)).toEqual({ ok: false, reason: "invalid" });
    }
  });

  it("lets an auditor sign in until the expiry instant, not after", async () => {
    const expiresAt = new Date(t0.getTime() + 3_600_000);
    const auditor = await unsafeCreateUser(db(), { role: "auditor", email: "audit-soon@test.vigie.fr", expiresAt });
    expect(
      await authenticate(
        db(),
        { email: auditor.email, password: FIXTURE_PASSWORD },
        new Date(expiresAt.getTime() - 1000),
      ),
    ).toMatchObject({ ok: true });
    expect(await authenticate(db(), { email: auditor.email, password: FIXTURE_PASSWORD }, expiresAt)).toEqual({
      ok: false,
      reason: "unavailable",
    });
  });
});
