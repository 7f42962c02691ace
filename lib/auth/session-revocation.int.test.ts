import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { resetUserPassword, setUserActive, updateUser } from "@/lib/users/mutations";
import { auditEntries, FIXTURE_PASSWORD, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { SESSION_ABSOLUTE_SECONDS, sessionIdleSeconds, type SessionClaims } from "./session-limits";
import { checkSession, signOutSession, startSession } from "./session-token";
import { authenticate } from "./sign-in";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const t0 = new Date("2026-11-02T09:00:00Z");
const after = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
let dpoId = "";

beforeAll(async () => {
  dpoId = (await unsafeCreateUser(db(), { role: "dpo" })).id;
});

/** Sign in for real and return the claims the cookie would carry. */
async function signIn(role: "security" | "auditor" = "security") {
  const user = await unsafeCreateUser(db(), { role });
  const outcome = await authenticate(db(), { email: user.email, password: FIXTURE_PASSWORD, ip: "192.0.2.1" }, t0);
  if (!outcome.ok) throw new Error(outcome.reason);
  return { user, token: startSession(outcome.userId, outcome.sessionVersion, t0) };
}

const version = async (id: string) => (await db().select().from(users).where(eq(users.id, id)))[0]!.version;

describe("revocable sessions", () => {
  it("keep a live session going and move its activity time forward", async () => {
    const { token } = await signIn();
    const checked = await checkSession(db(), token, after(600));
    expect(checked).toMatchObject({ sub: token.sub, sv: token.sv, authTime: token.authTime, seen: token.seen! + 600 });
  });

  it("end every session at sign-out; the old cookie replayed is refused and cannot sign out again", async () => {
    const { user, token } = await signIn();
    const other = startSession(user.id, token.sv!, after(5)); // the same person on another device
    await signOutSession(db(), token, after(10));
    expect(await checkSession(db(), token, after(20))).toBeNull();
    expect(await checkSession(db(), other, after(20))).toBeNull();
    expect((await auditEntries(db(), "auth.logout")).filter((e) => e.entityId === user.id)).toHaveLength(1);
    await signOutSession(db(), token, after(30));
    expect((await auditEntries(db(), "auth.logout")).filter((e) => e.entityId === user.id)).toHaveLength(1);
    // Signing in again gives a session that works.
    const again = await authenticate(
      db(),
      { email: user.email, password: FIXTURE_PASSWORD, ip: "192.0.2.1" },
      after(40),
    );
    if (!again.ok) throw new Error(again.reason);
    expect(await checkSession(db(), startSession(user.id, again.sessionVersion, after(40)), after(50))).not.toBeNull();
  });

  it("end at a password reset by the DPO", async () => {
    const { user, token } = await signIn();
    expect(await executeAction(resetUserPassword, dpoId, { id: user.id, passwordMode: "generate" })).toMatchObject({
      ok: true,
    });
    expect(await checkSession(db(), token, after(60))).toBeNull();
  });

  it("end at deactivation, and reactivation does not revive them", async () => {
    const { user, token } = await signIn();
    expect(
      await executeAction(setUserActive, dpoId, { id: user.id, version: await version(user.id), active: false }),
    ).toMatchObject({ ok: true });
    expect(
      await executeAction(setUserActive, dpoId, { id: user.id, version: await version(user.id), active: true }),
    ).toMatchObject({ ok: true });
    expect(await checkSession(db(), token, after(60))).toBeNull();
  });

  it("end at a role change, not at a change of name", async () => {
    const { user, token } = await signIn();
    const edit = { id: user.id, name: "Renamed Person", role: "security", expiresAt: "" };
    expect(await executeAction(updateUser, dpoId, { ...edit, version: await version(user.id) })).toMatchObject({
      ok: true,
    });
    expect(await checkSession(db(), token, after(60))).not.toBeNull();
    expect(
      await executeAction(updateUser, dpoId, {
        ...edit,
        role: "auditor",
        expiresAt: "2027-01-01",
        version: await version(user.id),
      }),
    ).toMatchObject({ ok: true });
    expect(await checkSession(db(), token, after(60))).toBeNull();
  });

  it("end 8 hours after sign-in however active, and after the idle limit without a request", async () => {
    const { token } = await signIn();
    const idle = sessionIdleSeconds();
    expect(idle).toBe(30 * 60);
    const active: SessionClaims = { ...token, seen: token.authTime! + SESSION_ABSOLUTE_SECONDS - 10 };
    expect(await checkSession(db(), active, after(SESSION_ABSOLUTE_SECONDS - 5))).not.toBeNull();
    expect(await checkSession(db(), active, after(SESSION_ABSOLUTE_SECONDS))).toBeNull();
    expect(await checkSession(db(), token, after(idle - 1))).not.toBeNull();
    expect(await checkSession(db(), token, after(idle))).toBeNull();
    expect(sessionIdleSeconds({ VIGIE_SESSION_IDLE_MINUTES: "10" })).toBe(600);
  });
});
