import { describe, expect, it, vi } from "vitest";
import { auditEntries, FIXTURE_PASSWORD, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { authenticate, MAX_FAILED_ATTEMPTS } from "./sign-in";
import { signInRate, THROTTLE_WINDOW_SECONDS } from "./throttle";

/** Count every argon2 verification (real or dummy): the work an attacker makes the server do. */
const argon = vi.hoisted(() => ({ verifications: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const original = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...original,
    verify: (...args: Parameters<typeof original.verify>) => {
      argon.verifications += 1;
      return original.verify(...args);
    },
  };
});

const database = useTestDatabase();
const db = () => database.current.handle.db;
const now = new Date("2026-11-02T09:00:00Z");
const WRONG = "not-the-right-password";

describe("the lockout under parallel guesses", () => {
  it("checks at most 5 of 50 parallel wrong guesses, then refuses the right password as locked", async () => {
    const user = await unsafeCreateUser(db(), { role: "dpo", email: "race@test.vigie.fr" });
    argon.verifications = 0;
    // Each guess from its own address: the per-address throttle must not be what stops them.
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        authenticate(db(), { email: user.email, password: `${WRONG}-${i}`, ip: `198.51.100.${i}` }, now),
      ),
    );
    expect(argon.verifications).toBeLessThanOrEqual(MAX_FAILED_ATTEMPTS);
    expect(outcomes.every((o) => !o.ok)).toBe(true);
    expect(outcomes.filter((o) => !o.ok && o.reason === "locked").length).toBeGreaterThanOrEqual(
      50 - MAX_FAILED_ATTEMPTS + 1,
    );
    expect(
      await authenticate(db(), { email: user.email, password: FIXTURE_PASSWORD, ip: "198.51.100.200" }, now),
    ).toEqual({ ok: false, reason: "locked" });
    expect(argon.verifications).toBeLessThanOrEqual(MAX_FAILED_ATTEMPTS);
  });

  it("does the same work for a locked account and a locked unknown address: no password check, one audit entry", async () => {
    await unsafeCreateUser(db(), { role: "security", email: "locked-known@test.vigie.fr" });
    for (const email of ["locked-known@test.vigie.fr", "locked-unknown@test.vigie.fr"]) {
      for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++)
        await authenticate(db(), { email, password: WRONG, ip: `192.0.2.${i}` }, now);
    }
    const failuresBefore = (await auditEntries(db(), "auth.login_failed")).length;
    argon.verifications = 0;
    for (const email of ["locked-known@test.vigie.fr", "locked-unknown@test.vigie.fr"]) {
      expect(await authenticate(db(), { email, password: WRONG, ip: "192.0.2.99" }, now)).toEqual({
        ok: false,
        reason: "locked",
      });
    }
    expect(argon.verifications).toBe(0);
    expect((await auditEntries(db(), "auth.login_failed")).length).toBe(failuresBefore + 2);
  });

  it("throttles one client address across e-mail addresses: no password check and one audit entry beyond the rate", async () => {
    const rate = signInRate();
    const start = new Date("2026-11-03T09:00:00Z");
    const throttledBefore = (await auditEntries(db(), "auth.throttled")).length;
    const failedBefore = (await auditEntries(db(), "auth.login_failed")).length;
    argon.verifications = 0;
    const outcomes = await Promise.all(
      Array.from({ length: rate + 30 }, (_, i) =>
        authenticate(db(), { email: `spray-${i}@test.vigie.fr`, password: WRONG, ip: "203.0.113.66" }, start),
      ),
    );
    expect(argon.verifications).toBe(rate);
    expect(outcomes.filter((o) => !o.ok && o.reason === "throttled")).toHaveLength(30);
    expect((await auditEntries(db(), "auth.login_failed")).length).toBe(failedBefore + rate);
    expect((await auditEntries(db(), "auth.throttled")).length).toBe(throttledBefore + 1);
    // Another address is not affected, and the window passes.
    expect(
      await authenticate(db(), { email: "spray-0@test.vigie.fr", password: WRONG, ip: "203.0.113.67" }, start),
    ).toEqual({ ok: false, reason: "invalid" });
    const later = new Date(start.getTime() + THROTTLE_WINDOW_SECONDS * 1000 + 1);
    expect(
      await authenticate(db(), { email: "spray-1@test.vigie.fr", password: WRONG, ip: "203.0.113.66" }, later),
    ).toEqual({ ok: false, reason: "invalid" });
  });
});
