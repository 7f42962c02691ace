import "server-only";
import { asc } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { isUsable, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { UserDTO } from "./dto";

export async function listUsers(actor: Actor, now: Date, db: Executor = getDb()): Promise<UserDTO[]> {
  assertCan(actor, "users:manage");
  const rows = await db.select().from(users).orderBy(asc(users.role), asc(users.name));
  return rows.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    isActive: u.isActive,
    isExpired: u.isActive && !isUsable(u, now),
    expiresAt: u.expiresAt?.toISOString() ?? null,
    version: u.version,
  }));
}
