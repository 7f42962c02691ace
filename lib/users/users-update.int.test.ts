import { describe, expect, it } from "vitest";
import { executeAction } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { auditCount, unsafeCreateUser } from "@/lib/testing/fixtures";
import { createUser, setUserActive, updateUser } from "./mutations";
import { useUsersTestKit } from "./users-test-kit";

const { db, ids, userRow, snapshot, lastEntry } = useUsersTestKit();
const now = new Date();

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
