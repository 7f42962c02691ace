import "server-only";
import { arrayContains, asc } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { consentPurposes, consentTextVersions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { PurposeDTO, ServingPurposeDTO } from "./dto";
import { inactiveRegisterRefs, unsafeLoadRegisterStatuses } from "./purposes/register-status";

/** The purposes catalogue with its text versions (every role reads it). */
export async function listPurposes(actor: Actor): Promise<PurposeDTO[]> {
  assertCan(actor, "consent:read");
  const db = getDb();
  const [purposes, versions] = await Promise.all([
    db.select().from(consentPurposes).orderBy(asc(consentPurposes.key)),
    db
      .select()
      .from(consentTextVersions)
      .orderBy(asc(consentTextVersions.effectiveFrom), asc(consentTextVersions.version)),
  ]);
  const statuses = await unsafeLoadRegisterStatuses(db, purposes);
  return purposes.map((p) => ({
    id: p.id,
    key: p.key,
    kind: p.kind,
    labelFr: p.labelFr,
    labelEn: p.labelEn,
    description: p.description,
    registerRefs: p.registerRefs,
    inactiveRegisterRefs: inactiveRegisterRefs(p.registerRefs, statuses),
    channels: p.channels,
    campaignChannels: p.campaignChannels,
    isActive: p.isActive,
    version: p.version,
    textVersions: versions
      .filter((v) => v.purposeId === p.id)
      .map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom, text: v.text })),
  }));
}

/** The consent purposes whose `registerRefs` include `reference` (retired ones too), for whoever reads consent. */
export async function listPurposesServingEntry(
  actor: Actor,
  reference: string,
  db: Executor = getDb(),
): Promise<ServingPurposeDTO[]> {
  assertCan(actor, "consent:read");
  return db
    .select({
      key: consentPurposes.key,
      kind: consentPurposes.kind,
      labelFr: consentPurposes.labelFr,
      labelEn: consentPurposes.labelEn,
      isActive: consentPurposes.isActive,
    })
    .from(consentPurposes)
    .where(arrayContains(consentPurposes.registerRefs, [reference]))
    .orderBy(asc(consentPurposes.key));
}
