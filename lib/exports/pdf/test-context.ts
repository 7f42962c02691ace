import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { loadActor, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/permissions";
import type { ExportContext } from "../contract";

/** The demo account of `role` as an actor (tests only). */
export async function demoActor(db: Db, role: Role, now: Date): Promise<Actor> {
  const [row] = await db.select().from(users).where(eq(users.role, role)).limit(1);
  return (await loadActor(db, row!.id, now))!;
}

/** An export context as the export centre builds it (tests only). */
export function exportContext(db: Db, actor: Actor, now: Date, locale: "fr" | "en" = "fr"): ExportContext {
  return { db, actor, locale, now, timeZone: "Europe/Paris" };
}
