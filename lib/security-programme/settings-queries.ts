import "server-only";
import { getDb, type Executor } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { SecurityProgrammeSettings } from "./settings";
import { loadProgrammeContext } from "./store";

/** The periods in force (the defaults until someone saves the settings). */
export async function getSecuritySettings(
  actor: Actor,
  now: Date,
  db: Executor = getDb(),
): Promise<SecurityProgrammeSettings> {
  assertCan(actor, "security:read");
  return (await loadProgrammeContext(db, now)).settings;
}
