import "server-only";
import { asc, desc } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { incidents, securityFindings } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";

/** Incidents a finding can cite (the finding forms' choices), latest first. */
export async function incidentChoices(
  actor: Actor,
  db: Executor = getDb(),
): Promise<{ id: string; reference: string; title: string }[]> {
  assertCan(actor, "security:read");
  return db
    .select({ id: incidents.id, reference: incidents.reference, title: incidents.title })
    .from(incidents)
    .orderBy(desc(incidents.detectedAt), desc(incidents.reference));
}

/** Findings an incident can be linked to (the incident page's choice), by title. */
export async function findingChoices(actor: Actor, db: Executor = getDb()): Promise<{ id: string; title: string }[]> {
  assertCan(actor, "security:read");
  return db
    .select({ id: securityFindings.id, title: securityFindings.title })
    .from(securityFindings)
    .orderBy(asc(securityFindings.title));
}
