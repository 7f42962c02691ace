import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { users } from "@/db/schema";
import type { Role } from "./permissions";

/** The signed-in person, as re-read from the database on every request. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: "fr" | "en";
  expiresAt: Date | null;
}

export function actorLabel(actor: Pick<Actor, "name" | "email" | "role">): string {
  return `${actor.name} <${actor.email}> (${actor.role})`;
}

/** True when the account may be used at `now`: active and not past its expiry date. */
export function isUsable(user: { isActive: boolean; expiresAt: Date | null }, now: Date): boolean {
  return user.isActive && (user.expiresAt === null || user.expiresAt.getTime() > now.getTime());
}

/**
 * Load the actor behind a session's user id, or null when the account is gone,
 * deactivated or expired — so a revoked account loses access on its next request.
 */
export async function loadActor(db: Executor, userId: string, now: Date): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user || !isUsable(user, now)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    expiresAt: user.expiresAt,
  };
}
