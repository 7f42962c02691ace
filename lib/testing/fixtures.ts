import { count, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import type { Role } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";

let knownHash: Promise<string> | undefined;
export const FIXTURE_PASSWORD = "fixture-password-2026";

/** A user row written directly (fixtures only): `unsafe`, it skips the action wrapper on purpose. */
export async function unsafeCreateUser(
  db: Executor,
  values: { role: Role; email?: string; name?: string; isActive?: boolean; expiresAt?: Date | null },
) {
  knownHash ??= hashPassword(FIXTURE_PASSWORD);
  const email = values.email ?? `${values.role}-${Math.random().toString(36).slice(2, 10)}@test.vigie.fr`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: values.name ?? `Test ${values.role}`,
      role: values.role,
      passwordHash: await knownHash,
      isActive: values.isActive ?? true,
      expiresAt: values.expiresAt ?? (values.role === "auditor" ? new Date(Date.now() + 86_400_000 * 30) : null),
    })
    .returning();
  return user!;
}

export async function auditCount(db: Executor): Promise<number> {
  const [row] = await db.select({ value: count() }).from(auditLog);
  return row?.value ?? 0;
}

export async function auditEntries(db: Executor, action?: string) {
  const query = db.select().from(auditLog);
  return action ? query.where(eq(auditLog.action, action)).orderBy(auditLog.seq) : query.orderBy(auditLog.seq);
}
