import { count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { createUser } from "@/lib/users/mutations";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const ids: Record<"dpo" | "security" | "auditor", string> = { dpo: "", security: "", auditor: "" };

const validInput = (email: string) => ({ name: "Nadia Rahmani", email, role: "security", passwordMode: "generate" });

async function userCount() {
  const [row] = await db().select({ value: count() }).from(users);
  return row!.value;
}

beforeAll(async () => {
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
});

describe("the action wrapper, with user creation", () => {
  it("creates the user and writes exactly one audit entry, in the same transaction", async () => {
    const before = await auditCount(db());
    const result = await executeAction(createUser, ids.dpo, validInput("nadia@test.vigie.fr"));
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    expect(result.data.generatedPassword).toHaveLength(20);
    expect(await auditCount(db())).toBe(before + 1);
    const [entry] = (await auditEntries(db(), "user.create")).slice(-1);
    expect(entry).toMatchObject({ actorId: ids.dpo, entityType: "user", entityId: result.data.id });
    expect(entry!.after).toMatchObject({ email: "nadia@test.vigie.fr", role: "security" });
    expect(JSON.stringify(entry!.after)).not.toContain("argon2");
  });

  it("returns field errors for invalid input and writes nothing", async () => {
    const [auditBefore, usersBefore] = [await auditCount(db()), await userCount()];
    const result = await executeAction(createUser, ids.dpo, {
      name: "",
      email: "not-an-email",
      role: "auditor",
      passwordMode: "set",
      password: "short",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors).toMatchObject({
      name: ["users.errors.nameRequired"],
      email: ["users.errors.emailInvalid"],
      password: expect.arrayContaining(["users.errors.passwordTooShort"]),
      expiresAt: ["users.errors.auditorExpiryRequired"],
    });
    expect([await auditCount(db()), await userCount()]).toEqual([auditBefore, usersBefore]);
  });

  it("refuses a duplicate e-mail on the field, whatever its case", async () => {
    await executeAction(createUser, ids.dpo, validInput("dup@test.vigie.fr"));
    const result = await executeAction(createUser, ids.dpo, validInput("DUP@test.vigie.fr"));
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { email: ["users.errors.emailTaken"] } });
  });

  it.each(["security", "auditor"] as const)("refuses the %s role and logs only access.denied", async (role) => {
    const [auditBefore, usersBefore] = [await auditCount(db()), await userCount()];
    const result = await executeAction(createUser, ids[role], validInput(`${role}-attempt@test.vigie.fr`));
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await userCount()).toBe(usersBefore);
    expect(await auditCount(db())).toBe(auditBefore + 1);
    const [denied] = (await auditEntries(db(), "access.denied")).slice(-1);
    expect(denied).toMatchObject({
      actorId: ids[role],
      entityId: "users.create",
      meta: { permission: "users:manage", role },
    });
  });

  it("refuses callers without a session, or whose account was deactivated, and writes nothing", async () => {
    const gone = await unsafeCreateUser(db(), { role: "dpo", isActive: false });
    const expired = await unsafeCreateUser(db(), { role: "auditor", expiresAt: new Date(Date.now() - 1000) });
    const auditBefore = await auditCount(db());
    for (const userId of [null, gone.id, expired.id, "00000000-0000-4000-8000-000000000000"]) {
      expect(await executeAction(createUser, userId, validInput("ghost@test.vigie.fr"))).toMatchObject({
        ok: false,
        code: "UNAUTHORIZED",
      });
    }
    expect(await auditCount(db())).toBe(auditBefore);
    expect(await db().select().from(users).where(eq(users.email, "ghost@test.vigie.fr"))).toHaveLength(0);
  });

  it("rolls the change back when the audit entry cannot be written (fail-closed)", async () => {
    await db().execute(
      sql.raw(
        `create function test_refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit store unavailable'; end; $$`,
      ),
    );
    await db().execute(
      sql.raw(
        `create trigger test_refuse_audit before insert on audit_log for each row execute function test_refuse_audit()`,
      ),
    );
    try {
      const [auditBefore, usersBefore] = [await auditCount(db()), await userCount()];
      const result = await executeAction(createUser, ids.dpo, validInput("rollback@test.vigie.fr"));
      expect(result).toMatchObject({ ok: false, code: "INTERNAL", message: "errors.internal" });
      expect(JSON.stringify(result)).not.toContain("audit store unavailable");
      expect([await auditCount(db()), await userCount()]).toEqual([auditBefore, usersBefore]);
    } finally {
      await db().execute(sql.raw(`drop trigger test_refuse_audit on audit_log`));
      await db().execute(sql.raw(`drop function test_refuse_audit()`));
    }
  });
});
