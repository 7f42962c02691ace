import { and, asc, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import { isUsable } from "@/lib/auth/actor";
import { generatePassword, hashPassword } from "@/lib/auth/password";
import { passwordMentionsEmail } from "@/lib/auth/password-policy";
import {
  createUserSchema,
  expiryInstant,
  resetPasswordSchema,
  setLocaleSchema,
  setUserActiveSchema,
  updateUserSchema,
} from "./schemas";

type UserRow = typeof users.$inferSelect;

/** What the audit log keeps of a user: never the password hash. */
export function auditView(user: UserRow) {
  const { passwordHash: _hash, ...rest } = user;
  return rest;
}

/**
 * Lock the user's row for this transaction. Every DPO row is locked first, in id
 * order, so two DPOs changing each other at once queue up instead of deadlocking.
 */
async function lockedUser(tx: Tx, id: string, version?: number): Promise<UserRow> {
  await tx.select({ id: users.id }).from(users).where(eq(users.role, "dpo")).orderBy(asc(users.id)).for("update");
  const [user] = await tx.select().from(users).where(eq(users.id, id)).for("update");
  if (!user) throw new ActionError("NOT_FOUND", "users.errors.notFound");
  if (version !== undefined && user.version !== version) throw new ActionError("CONFLICT", "errors.staleVersion");
  return user;
}

/** Refuse a change that would leave no active DPO. DPO rows are locked so two DPOs cannot demote each other at once. */
async function assertAnotherActiveDpo(tx: Tx, excludedId: string, now: Date) {
  const others = await tx
    .select()
    .from(users)
    .where(and(eq(users.role, "dpo"), ne(users.id, excludedId)))
    .for("update");
  if (!others.some((u) => isUsable(u, now))) throw new ActionError("CONFLICT", "users.errors.lastDpo");
}

async function choosePassword(
  input: { passwordMode: "generate" } | { passwordMode: "set"; password: string },
  email: string,
) {
  if (input.passwordMode === "set" && passwordMentionsEmail(input.password, email)) {
    throw new ActionError("VALIDATION", "errors.validation", { password: ["users.errors.passwordMentionsEmail"] });
  }
  const password = input.passwordMode === "generate" ? generatePassword() : input.password;
  return { hash: await hashPassword(password), shown: input.passwordMode === "generate" ? password : null };
}

export const createUser = defineMutation({
  name: "users.create",
  permission: "users:manage",
  schema: createUserSchema,
  revalidate: ["/users"],
  async run({ tx, input, now }) {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(sql`lower(${users.email}) = ${input.email}`);
    if (existing) throw new ActionError("CONFLICT", "errors.validation", { email: ["users.errors.emailTaken"] });
    const password = await choosePassword(input, input.email);
    const [user] = await tx
      .insert(users)
      .values({
        name: input.name,
        email: input.email,
        role: input.role,
        passwordHash: password.hash,
        expiresAt: expiryInstant(input.expiresAt),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!user) throw new Error("insert returned nothing");
    return {
      data: { id: user.id, generatedPassword: password.shown },
      audit: { action: "user.create", entityType: "user", entityId: user.id, after: auditView(user) },
    };
  },
});

export const updateUser = defineMutation({
  name: "users.update",
  permission: "users:manage",
  schema: updateUserSchema,
  revalidate: ["/users"],
  async run({ tx, input, now }) {
    const before = await lockedUser(tx, input.id, input.version);
    if (before.role === "dpo" && input.role !== "dpo") await assertAnotherActiveDpo(tx, before.id, now);
    const expiresAt = expiryInstant(input.expiresAt);
    if (before.role === "dpo" && input.role === "dpo" && expiresAt && expiresAt <= now)
      await assertAnotherActiveDpo(tx, before.id, now);
    const [after] = await tx
      .update(users)
      .set({ name: input.name, role: input.role, expiresAt, updatedAt: now, version: before.version + 1 })
      .where(eq(users.id, before.id))
      .returning();
    return {
      data: { id: before.id, version: after!.version },
      audit: {
        action: "user.update",
        entityType: "user",
        entityId: before.id,
        before: auditView(before),
        after: auditView(after!),
      },
    };
  },
});

export const setUserActive = defineMutation({
  name: "users.setActive",
  permission: "users:manage",
  schema: setUserActiveSchema,
  revalidate: ["/users"],
  async run({ tx, input, now }) {
    const before = await lockedUser(tx, input.id, input.version);
    if (!input.active && before.role === "dpo") await assertAnotherActiveDpo(tx, before.id, now);
    const [after] = await tx
      .update(users)
      .set({ isActive: input.active, updatedAt: now, version: before.version + 1 })
      .where(eq(users.id, before.id))
      .returning();
    return {
      data: { id: before.id, version: after!.version },
      audit: {
        action: input.active ? "user.reactivate" : "user.deactivate",
        entityType: "user",
        entityId: before.id,
        before: auditView(before),
        after: auditView(after!),
      },
    };
  },
});

export const resetUserPassword = defineMutation({
  name: "users.resetPassword",
  permission: "users:manage",
  schema: resetPasswordSchema,
  revalidate: ["/users"],
  async run({ tx, input, now }) {
    const before = await lockedUser(tx, input.id);
    const password = await choosePassword(input, before.email);
    await tx
      .update(users)
      .set({ passwordHash: password.hash, updatedAt: now, version: before.version + 1 })
      .where(eq(users.id, before.id));
    return {
      data: { id: before.id, generatedPassword: password.shown },
      audit: {
        action: "user.reset_password",
        entityType: "user",
        entityId: before.id,
        meta: { generated: password.shown !== null },
      },
    };
  },
});

/** Every signed-in person may choose the console's language for themselves. */
export const setOwnLocale = defineMutation({
  name: "users.setLocale",
  permission: "overview:read",
  schema: setLocaleSchema,
  async run({ tx, actor, input, now }) {
    await tx.update(users).set({ locale: input.locale, updatedAt: now }).where(eq(users.id, actor.id));
    return {
      data: { locale: input.locale },
      audit: {
        action: "user.set_locale",
        entityType: "user",
        entityId: actor.id,
        before: { locale: actor.locale },
        after: { locale: input.locale },
      },
    };
  },
});
