import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/auth/sign-in";
import { FIXTURE_PASSWORD, unsafeCreateUser } from "@/lib/testing/fixtures";
import { createUser, resetUserPassword, setOwnLocale, setUserActive } from "./mutations";
import { useUsersTestKit } from "./users-test-kit";

const { db, ids, userRow, lastEntry } = useUsersTestKit();
const now = new Date();

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
