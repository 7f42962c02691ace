import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { executeAction, type Mutation } from "@/lib/action";
import { loadActor } from "@/lib/auth/actor";
import { ForbiddenError } from "@/lib/auth/guard";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { createUser, resetUserPassword, setOwnLocale, setUserActive, updateUser } from "./mutations";
import { listUsers } from "./queries";
import { useUsersTestKit } from "./users-test-kit";

const { db, ids, userRow, userCount, snapshot, lastEntry } = useUsersTestKit();
const now = new Date();

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

  it("lists users for the DPO only, without password hashes, and marks a lapsed account expired", async () => {
    const lapsed = await unsafeCreateUser(db(), { role: "dpo", expiresAt: new Date(now.getTime() - 60_000) });
    const dpo = (await loadActor(db(), ids.dpo, now))!;
    const list = await listUsers(dpo, now, db());
    expect(list.length).toBe(await userCount());
    expect(JSON.stringify(list)).not.toContain("argon2");
    expect(list.find((u) => u.id === lapsed.id)?.isExpired).toBe(true);
    expect(list.find((u) => u.id === ids.dpo)?.isExpired).toBe(false);
    for (const role of ["security", "auditor"] as const) {
      const actor = (await loadActor(db(), ids[role], now))!;
      await expect(listUsers(actor, now, db())).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});
