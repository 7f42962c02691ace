import { count, eq } from "drizzle-orm";
import type { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { executeAction, type Mutation } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/guard";
import { verifyPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/sign-in";
import { auditCount, auditEntries, FIXTURE_PASSWORD, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { createUser, resetUserPassword, setOwnLocale, setUserActive, updateUser } from "./mutations";
import { listUsers } from "./queries";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const now = new Date();
const ids: Record<"dpo" | "security" | "auditor", string> = { dpo: "", security: "", auditor: "" };

async function userRow(id: string) {
  const [row] = await db().select().from(users).where(eq(users.id, id));
  return row!;
}

async function userCount() {
  const [row] = await db().select({ value: count() }).from(users);
  return row!.value;
}

/** Everything a refused write could have touched: the target row, the user count and the audit log. */
async function snapshot(id: string) {
  return { row: await userRow(id), users: await userCount(), audit: await auditCount(db()) };
}

async function lastEntry(action: string) {
  return (await auditEntries(db(), action)).at(-1)!;
}

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const)
    ids[role] = (await unsafeCreateUser(db(), { role, name: `Acting ${role}` })).id;
});

describe("updating a user", () => {
  it("changes role, name and expiry, bumps the version and logs before/after without the password hash", async () => {
    const target = await unsafeCreateUser(db(), { role: "security", name: "Luc Martin" });
    const auditBefore = await auditCount(db());
    const result = await executeAction(
      updateUser,
      ids.dpo,
      { id: target.id, version: target.version, name: "Luc Martin-Petit", role: "auditor", expiresAt: "2099-07-14" },
      { now },
    );
    expect(result).toEqual({ ok: true, data: { id: target.id, version: target.version + 1 } });

    const row = await userRow(target.id);
    expect(row).toMatchObject({
      name: "Luc Martin-Petit",
      role: "auditor",
      version: target.version + 1,
      passwordHash: target.passwordHash,
    });
    // A day typed in a date field means the end of that day in Paris (summer time: UTC+2).
    expect(row.expiresAt?.toISOString()).toBe("2099-07-14T21:59:59.999Z");

    expect(await auditCount(db())).toBe(auditBefore + 1);
    const entry = await lastEntry("user.update");
    expect(entry).toMatchObject({ actorId: ids.dpo, entityType: "user", entityId: target.id });
    expect(entry.before).toMatchObject({
      role: "security",
      name: "Luc Martin",
      expiresAt: null,
      version: target.version,
    });
    expect(entry.after).toMatchObject({
      role: "auditor",
      name: "Luc Martin-Petit",
      expiresAt: "2099-07-14T21:59:59.999Z",
      version: target.version + 1,
    });
    const serialised = JSON.stringify(entry);
    expect(serialised).not.toContain("passwordHash");
    expect(serialised).not.toContain(target.passwordHash);
    expect(serialised).not.toContain("argon2");
  });

  it("removes an expiry when the role no longer needs one (winter time: UTC+1)", async () => {
    const target = await unsafeCreateUser(db(), { role: "auditor" });
    const first = await executeAction(
      updateUser,
      ids.dpo,
      { id: target.id, version: target.version, name: target.name, role: "auditor", expiresAt: "2099-12-31" },
      { now },
    );
    expect(first.ok).toBe(true);
    expect((await userRow(target.id)).expiresAt?.toISOString()).toBe("2099-12-31T22:59:59.999Z");
    const second = await executeAction(
      updateUser,
      ids.dpo,
      { id: target.id, version: target.version + 1, name: target.name, role: "security", expiresAt: "" },
      { now },
    );
    expect(second.ok).toBe(true);
    expect(await userRow(target.id)).toMatchObject({ role: "security", expiresAt: null, version: target.version + 2 });
  });

  it("refuses a stale version with CONFLICT and writes nothing", async () => {
    const target = await unsafeCreateUser(db(), { role: "security" });
    const ok = await executeAction(
      updateUser,
      ids.dpo,
      { id: target.id, version: 1, name: "Premier éditeur", role: "security", expiresAt: null },
      { now },
    );
    expect(ok.ok).toBe(true);
    const before = await snapshot(target.id);
    const stale = await executeAction(
      updateUser,
      ids.dpo,
      { id: target.id, version: 1, name: "Second éditeur", role: "auditor", expiresAt: "2099-01-01" },
      { now },
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", message: "errors.staleVersion" });
    const staleDeactivation = await executeAction(
      setUserActive,
      ids.dpo,
      { id: target.id, version: 1, active: false },
      { now },
    );
    expect(staleDeactivation).toMatchObject({ ok: false, code: "CONFLICT", message: "errors.staleVersion" });
    expect(await snapshot(target.id)).toEqual(before);
    expect(before.row).toMatchObject({ name: "Premier éditeur", version: 2, isActive: true });
  });

  it("refuses an auditor without an expiry date on the field, on update and on creation", async () => {
    const target = await unsafeCreateUser(db(), { role: "security" });
    const before = await snapshot(target.id);
    for (const expiresAt of ["", null, undefined]) {
      const result = await executeAction(
        updateUser,
        ids.dpo,
        { id: target.id, version: target.version, name: target.name, role: "auditor", expiresAt },
        { now },
      );
      expect(result).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { expiresAt: ["users.errors.auditorExpiryRequired"] },
      });
    }
    const created = await executeAction(
      createUser,
      ids.dpo,
      { name: "Audrey Tor", email: "audrey@test.vigie.fr", role: "auditor", expiresAt: "", passwordMode: "generate" },
      { now },
    );
    expect(created).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { expiresAt: ["users.errors.auditorExpiryRequired"] },
    });
    expect(await snapshot(target.id)).toEqual(before);
  });

  it("refuses an unknown user with NOT_FOUND", async () => {
    const result = await executeAction(
      updateUser,
      ids.dpo,
      { id: "00000000-0000-4000-8000-000000000000", version: 1, name: "Personne", role: "security", expiresAt: null },
      { now },
    );
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", message: "users.errors.notFound" });
  });
});

describe("the last active DPO", () => {
  it("cannot be demoted, deactivated or expired — inactive or expired DPOs do not count", async () => {
    await unsafeCreateUser(db(), { role: "dpo", isActive: false });
    await unsafeCreateUser(db(), { role: "dpo", expiresAt: new Date(now.getTime() - 60_000) });
    const self = await userRow(ids.dpo);
    const before = await snapshot(ids.dpo);
    const attempts = [
      () =>
        executeAction(
          updateUser,
          ids.dpo,
          { id: self.id, version: self.version, name: self.name, role: "security", expiresAt: null },
          { now },
        ),
      () =>
        executeAction(
          updateUser,
          ids.dpo,
          { id: self.id, version: self.version, name: self.name, role: "dpo", expiresAt: "2020-01-01" },
          { now },
        ),
      () => executeAction(setUserActive, ids.dpo, { id: self.id, version: self.version, active: false }, { now }),
    ];
    for (const attempt of attempts) {
      expect(await attempt()).toMatchObject({ ok: false, code: "CONFLICT", message: "users.errors.lastDpo" });
    }
    expect(await snapshot(ids.dpo)).toEqual(before);
  });

  it("can be changed while another active DPO exists", async () => {
    const demoted = await unsafeCreateUser(db(), { role: "dpo" });
    const deactivated = await unsafeCreateUser(db(), { role: "dpo" });
    const expired = await unsafeCreateUser(db(), { role: "dpo" });
    expect(
      await executeAction(
        updateUser,
        ids.dpo,
        { id: demoted.id, version: demoted.version, name: demoted.name, role: "security", expiresAt: null },
        { now },
      ),
    ).toMatchObject({ ok: true });
    expect(
      await executeAction(
        setUserActive,
        ids.dpo,
        { id: deactivated.id, version: deactivated.version, active: false },
        { now },
      ),
    ).toMatchObject({ ok: true });
    expect(
      await executeAction(
        updateUser,
        ids.dpo,
        { id: expired.id, version: expired.version, name: expired.name, role: "dpo", expiresAt: "2020-01-01" },
        { now },
      ),
    ).toMatchObject({ ok: true });
    expect(await userRow(demoted.id)).toMatchObject({ role: "security" });
    expect(await userRow(deactivated.id)).toMatchObject({ isActive: false });
    expect((await userRow(expired.id)).expiresAt!.getTime()).toBeLessThan(now.getTime());
  });

  it("may step down once a second active DPO exists, and then loses user management", async () => {
    const outgoing = await unsafeCreateUser(db(), { role: "dpo", name: "Sortant" });
    const result = await executeAction(
      updateUser,
      outgoing.id,
      { id: outgoing.id, version: outgoing.version, name: outgoing.name, role: "auditor", expiresAt: "2099-01-31" },
      { now },
    );
    expect(result).toMatchObject({ ok: true });
    expect(await loadActor(db(), outgoing.id, now)).toMatchObject({ role: "auditor" });
    const again = await executeAction(
      setUserActive,
      outgoing.id,
      { id: ids.dpo, version: (await userRow(ids.dpo)).version, active: false },
      { now },
    );
    expect(again).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("deactivating and reactivating", () => {
  it("cuts access at once (loadActor returns null) and restores it on reactivation, each audit-logged", async () => {
    const target = await unsafeCreateUser(db(), { role: "security" });
    expect(await loadActor(db(), target.id, now)).not.toBeNull();
    const off = await executeAction(
      setUserActive,
      ids.dpo,
      { id: target.id, version: target.version, active: false },
      { now },
    );
    expect(off).toEqual({ ok: true, data: { id: target.id, version: target.version + 1 } });
    expect(await loadActor(db(), target.id, now)).toBeNull();
    expect(await executeAction(setOwnLocale, target.id, { locale: "en" }, { now })).toMatchObject({
      ok: false,
      code: "UNAUTHORIZED",
    });
    const deactivation = await lastEntry("user.deactivate");
    expect(deactivation).toMatchObject({ entityId: target.id, before: { isActive: true }, after: { isActive: false } });
    expect(JSON.stringify(deactivation)).not.toContain(target.passwordHash);

    const on = await executeAction(
      setUserActive,
      ids.dpo,
      { id: target.id, version: target.version + 1, active: true },
      { now },
    );
    expect(on).toMatchObject({ ok: true });
    expect(await loadActor(db(), target.id, now)).toMatchObject({ id: target.id, role: "security" });
    expect(await lastEntry("user.reactivate")).toMatchObject({ entityId: target.id, after: { isActive: true } });
  });
});

describe("resetting a password", () => {
  it("generates a password shown once that works, and the old one no longer does", async () => {
    const target = await unsafeCreateUser(db(), { role: "security" });
    expect(await verifyPassword(target.passwordHash, FIXTURE_PASSWORD)).toBe(true);
    const result = await executeAction(
      resetUserPassword,
      ids.dpo,
      { id: target.id, passwordMode: "generate" },
      { now },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const generated = result.data.generatedPassword!;
    expect(generated).toHaveLength(20);
    const row = await userRow(target.id);
    expect(row.version).toBe(target.version + 1);
    expect(await verifyPassword(row.passwordHash, generated)).toBe(true);
    expect(await verifyPassword(row.passwordHash, FIXTURE_PASSWORD)).toBe(false);
    expect(await authenticate(db(), { email: target.email, password: generated }, now)).toMatchObject({
      ok: true,
      userId: target.id,
    });

    const entry = await lastEntry("user.reset_password");
    expect(entry).toMatchObject({ actorId: ids.dpo, entityId: target.id, meta: { generated: true } });
    const serialised = JSON.stringify(entry);
    for (const secret of [generated, row.passwordHash, target.passwordHash]) expect(serialised).not.toContain(secret);
  });

  it("sets a chosen password, refusing one built on the e-mail address on the field", async () => {
    const target = await unsafeCreateUser(db(), { role: "auditor", email: "camille.roux@test.vigie.fr" });
    const refused = await executeAction(
      resetUserPassword,
      ids.dpo,
      { id: target.id, passwordMode: "set", password: "Camille.Roux-2026!" },
      { now },
    );
    expect(refused).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { password: ["users.errors.passwordMentionsEmail"] },
    });
    const weak = await executeAction(
      resetUserPassword,
      ids.dpo,
      { id: target.id, passwordMode: "set", password: "short" },
      { now },
    );
    expect(weak).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { password: expect.arrayContaining(["users.errors.passwordTooShort"]) },
    });
    expect((await userRow(target.id)).passwordHash).toBe(target.passwordHash);

    const result = await executeAction(
      resetUserPassword,
      ids.dpo,
      { id: target.id, passwordMode: "set", password: "correct horse battery staple" },
      { now },
    );
    expect(result).toEqual({ ok: true, data: { id: target.id, generatedPassword: null } });
    const row = await userRow(target.id);
    expect(await verifyPassword(row.passwordHash, "correct horse battery staple")).toBe(true);
    expect(await verifyPassword(row.passwordHash, FIXTURE_PASSWORD)).toBe(false);
    expect(await lastEntry("user.reset_password")).toMatchObject({ meta: { generated: false } });
  });
});

describe("creating a user", () => {
  it("creates an auditor with an expiry and a chosen password that signs in", async () => {
    const result = await executeAction(
      createUser,
      ids.dpo,
      {
        name: "Inès Audit",
        email: "  Ines.Audit@Cabinet.example ",
        role: "auditor",
        expiresAt: "2099-03-31",
        passwordMode: "set",
        password: "une phrase de passe longue",
      },
      { now },
    );
    expect(result).toMatchObject({ ok: true, data: { generatedPassword: null } });
    if (!result.ok) return;
    expect(await userRow(result.data.id)).toMatchObject({
      email: "ines.audit@cabinet.example",
      role: "auditor",
      version: 1,
    });
    expect(
      await authenticate(db(), { email: "ines.audit@cabinet.example", password: "une phrase de passe longue" }, now),
    ).toMatchObject({ ok: true });
  });
});

describe("who may manage users", () => {
  type AnyMutation = Mutation<z.ZodType, unknown>;
  const mutations: [string, AnyMutation, (target: { id: string; version: number }) => unknown][] = [
    [
      "createUser",
      createUser as AnyMutation,
      () => ({ name: "Intrus", email: `intrus-${Math.random()}@test.vigie.fr`, role: "dpo", passwordMode: "generate" }),
    ],
    [
      "updateUser",
      updateUser as AnyMutation,
      (t) => ({ id: t.id, version: t.version, name: "Renommé", role: "dpo", expiresAt: null }),
    ],
    ["setUserActive", setUserActive as AnyMutation, (t) => ({ id: t.id, version: t.version, active: false })],
    ["resetUserPassword", resetUserPassword as AnyMutation, (t) => ({ id: t.id, passwordMode: "generate" })],
  ];

  for (const role of ["security", "auditor"] as const) {
    it.each(mutations)(
      `refuses %s to the ${role} role and writes only access.denied`,
      async (_name, mutation, input) => {
        const target = await unsafeCreateUser(db(), { role: "security" });
        const before = await snapshot(target.id);
        const result = await executeAction(mutation, ids[role], input(target), { now });
        expect(result).toEqual({ ok: false, code: "FORBIDDEN", message: "errors.forbidden" });
        const after = await snapshot(target.id);
        expect(after.row).toEqual(before.row);
        expect(after.users).toBe(before.users);
        expect(after.audit).toBe(before.audit + 1);
        expect(await lastEntry("access.denied")).toMatchObject({
          actorId: ids[role],
          entityType: "action",
          entityId: mutation.name,
          meta: { permission: "users:manage", role },
        });
      },
    );
  }

  it("lets every role choose its own language", async () => {
    for (const role of ["dpo", "security", "auditor"] as const) {
      expect(await executeAction(setOwnLocale, ids[role], { locale: "en" }, { now })).toEqual({
        ok: true,
        data: { locale: "en" },
      });
      expect(await userRow(ids[role])).toMatchObject({ locale: "en" });
    }
  });

  it("lists users for the DPO only, without password hashes", async () => {
    const dpo = (await loadActor(db(), ids.dpo, now))!;
    const list = await listUsers(dpo, now, db());
    expect(list.length).toBe(await userCount());
    expect(JSON.stringify(list)).not.toContain("argon2");
    const expired = list.find((u) => u.role === "dpo" && u.isActive && u.expiresAt && new Date(u.expiresAt) < now);
    expect(expired?.isExpired).toBe(true);
    for (const role of ["security", "auditor"] as const) {
      const actor = (await loadActor(db(), ids[role], now))!;
      await expect(listUsers(actor, now, db())).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
