import { asc } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { consentPurposes, consentTextVersions } from "@/db/schema";
import type { Catalogue, CataloguePurpose } from "../ingest/validate-events";

/** The catalogue as ingestion checks it: purposes by key, with their channels and text versions. Not personal data: no permission. */
export async function loadCatalogue(db: Executor): Promise<Catalogue> {
  const [purposes, versions] = await Promise.all([
    db.select().from(consentPurposes).orderBy(asc(consentPurposes.key)),
    db
      .select({ purposeId: consentTextVersions.purposeId, version: consentTextVersions.version })
      .from(consentTextVersions),
  ]);
  const catalogue = new Map<string, CataloguePurpose>();
  for (const purpose of purposes) {
    catalogue.set(purpose.key, {
      id: purpose.id,
      isActive: purpose.isActive,
      channels: purpose.channels,
      textVersions: versions.filter((v) => v.purposeId === purpose.id).map((v) => v.version),
    });
  }
  return catalogue;
}
