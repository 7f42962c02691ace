import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db/client";
import { consentPurposes, consentTextVersions } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";

export interface PurposeDTO {
  id: string;
  key: string;
  labelFr: string;
  labelEn: string;
  description: string;
  registerRefs: string[];
  channels: string[];
  isActive: boolean;
  version: number;
  textVersions: { version: string; effectiveFrom: string; text: string }[];
}

/** The purposes catalogue with its text versions (every role reads it). */
export async function listPurposes(actor: Actor): Promise<PurposeDTO[]> {
  assertCan(actor, "consent:read");
  const db = getDb();
  const [purposes, versions] = await Promise.all([
    db.select().from(consentPurposes).orderBy(asc(consentPurposes.key)),
    db.select().from(consentTextVersions).orderBy(asc(consentTextVersions.effectiveFrom), asc(consentTextVersions.version)),
  ]);
  return purposes.map((p) => ({
    id: p.id,
    key: p.key,
    labelFr: p.labelFr,
    labelEn: p.labelEn,
    description: p.description,
    registerRefs: p.registerRefs,
    channels: p.channels,
    isActive: p.isActive,
    version: p.version,
    textVersions: versions.filter((v) => v.purposeId === p.id).map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom, text: v.text })),
  }));
}
