import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { consentPurposes, consentTextVersions } from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import { prepareConsentBatch, storeConsentBatch } from "./ingest/ingest";
import { unsafeReadSubscriberHistory } from "./lookup";
import { assertServesRegisterEntry } from "./purposes/register-links";
import {
  addTextVersionSchema,
  createPurposeSchema,
  lookupSchema,
  setPurposeActiveSchema,
  updatePurposeSchema,
} from "./schemas";

const PURPOSES_PATH = "/consent/purposes";

export const createPurpose = defineMutation({
  name: "consent.createPurpose",
  permission: "consent:write",
  schema: createPurposeSchema,
  revalidate: [PURPOSES_PATH],
  async run({ tx, input, now }) {
    const { textVersion, textEffectiveFrom, text, ...fields } = input;
    await assertServesRegisterEntry(tx, fields.kind, fields.registerRefs);
    const [purpose] = await tx
      .insert(consentPurposes)
      .values({ ...fields, createdAt: now, updatedAt: now })
      .onConflictDoNothing({ target: consentPurposes.key })
      .returning();
    if (!purpose)
      throw new ActionError("CONFLICT", "consent.errors.purposeKeyTaken", { key: ["consent.errors.purposeKeyTaken"] });
    const [version] = await tx
      .insert(consentTextVersions)
      .values({ purposeId: purpose.id, version: textVersion, effectiveFrom: textEffectiveFrom, text, createdAt: now })
      .returning();
    return {
      data: { id: purpose.id },
      audit: {
        action: "consent.purpose_create",
        entityType: "consent_purpose",
        entityId: purpose.id,
        after: { ...purpose, textVersions: [version] },
      },
    };
  },
});

async function lockedPurpose(tx: Parameters<typeof createPurpose.run>[0]["tx"], id: string, version: number) {
  const [before] = await tx.select().from(consentPurposes).where(eq(consentPurposes.id, id)).for("update");
  if (!before) throw new ActionError("NOT_FOUND", "consent.errors.notFound");
  if (before.version !== version) throw new ActionError("CONFLICT", "consent.errors.stale");
  return before;
}

export const updatePurpose = defineMutation({
  name: "consent.updatePurpose",
  permission: "consent:write",
  schema: updatePurposeSchema,
  revalidate: [PURPOSES_PATH],
  async run({ tx, input, now }) {
    const { id, version, ...fields } = input;
    const before = await lockedPurpose(tx, id, version);
    // The kind is the stored one: it never changes (the update schema has no `kind`).
    await assertServesRegisterEntry(tx, before.kind, fields.registerRefs);
    const [after] = await tx
      .update(consentPurposes)
      .set({ ...fields, version: before.version + 1, updatedAt: now })
      .where(eq(consentPurposes.id, id))
      .returning();
    return {
      data: { id },
      audit: { action: "consent.purpose_update", entityType: "consent_purpose", entityId: id, before, after },
    };
  },
});

export const setPurposeActive = defineMutation({
  name: "consent.setPurposeActive",
  permission: "consent:write",
  schema: setPurposeActiveSchema,
  revalidate: [PURPOSES_PATH],
  async run({ tx, input, now }) {
    const before = await lockedPurpose(tx, input.id, input.version);
    const [after] = await tx
      .update(consentPurposes)
      .set({ isActive: input.isActive, version: before.version + 1, updatedAt: now })
      .where(eq(consentPurposes.id, input.id))
      .returning();
    const action = input.isActive ? "consent.purpose_reactivate" : "consent.purpose_retire";
    return {
      data: { id: input.id },
      audit: { action, entityType: "consent_purpose", entityId: input.id, before, after },
    };
  },
});

export const addTextVersion = defineMutation({
  name: "consent.addTextVersion",
  permission: "consent:write",
  schema: addTextVersionSchema,
  revalidate: [PURPOSES_PATH],
  async run({ tx, input, now }) {
    const [purpose] = await tx
      .select({ id: consentPurposes.id })
      .from(consentPurposes)
      .where(eq(consentPurposes.id, input.purposeId));
    if (!purpose) throw new ActionError("NOT_FOUND", "consent.errors.notFound");
    const [existing] = await tx
      .select({ id: consentTextVersions.id })
      .from(consentTextVersions)
      .where(and(eq(consentTextVersions.purposeId, input.purposeId), eq(consentTextVersions.version, input.version)));
    if (existing)
      throw new ActionError("CONFLICT", "consent.errors.versionTaken", { version: ["consent.errors.versionTaken"] });
    const [row] = await tx
      .insert(consentTextVersions)
      .values({ ...input, createdAt: now })
      .returning();
    return {
      data: { id: row!.id },
      audit: {
        action: "consent.text_version_add",
        entityType: "consent_purpose",
        entityId: input.purposeId,
        after: row,
      },
    };
  },
});

/** Rows of a CMP export sent by the UI import, a chunk at a time (the progress bar counts chunks). */
export const importConsentEventsSchema = z.object({
  fileName: z.string().trim().min(1, "consent.errors.required").max(200),
  rows: z.array(z.record(z.string(), z.unknown())).min(1, "consent.errors.required").max(2000),
});

/** Sender of UI imports: one idempotency space, so importing the same export twice adds nothing. */
export const IMPORT_SENDER = "ui-import";

export const importConsentEvents = defineMutation({
  name: "consent.importEvents",
  permission: "consent:write",
  schema: importConsentEventsSchema,
  revalidate: ["/consent"],
  // The API's pipeline: validation and partitions before the wrapper's transaction, storage inside it.
  prepare: ({ db, input, now }) => prepareConsentBatch(db, input.rows, IMPORT_SENDER, now),
  async run({ tx, input, prepared }) {
    return storeConsentBatch(tx, prepared, { action: "consent.import", via: `csv:${input.fileName}` }).then(
      ({ result, audit }) => ({ data: result, audit }),
    );
  },
});

/** Proof lookup: a read of personal data, so it goes through the wrapper to be audit-logged with the access. */
export const lookupConsent = defineMutation({
  name: "consent.lookup",
  permission: "consent:lookup",
  schema: lookupSchema,
  async run({ tx, input }) {
    const history = await unsafeReadSubscriberHistory(tx, input.subscriberRef);
    return {
      data: history,
      audit: {
        action: "consent.lookup",
        entityType: "subscriber",
        entityId: input.subscriberRef,
        meta: { events: history.events.length, purposes: history.purposes.length },
      },
    };
  },
});
