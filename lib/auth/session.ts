import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/db/client";
import { auth } from "./auth";
import { loadActor, type Actor } from "./actor";
import { can, type Permission } from "./permissions";

/** The signed-in user id from the session cookie, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id || null;
}

/**
 * The actor for this request, re-read from the database (role, active flag,
 * expiry) once per request thanks to React `cache`.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const userId = await currentUserId();
  if (!userId) return null;
  return loadActor(getDb(), userId, new Date());
});

/** For pages: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/**
 * For pages: the actor holding `permission`; others get a 403 "access denied" page
 * (app/(console)/forbidden.tsx) that says their role may not open it, not a misleading "not found".
 */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
