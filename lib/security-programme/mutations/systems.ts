import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { securityDetectionSources, securityDetectionTests, securitySystemEntries, securitySystems } from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import { actorLabel } from "@/lib/auth/actor";
import { detectionTestSchema, systemSchema, updateSystemSchema } from "../schemas";
import { assertRegisterEntriesExist, loadProgrammeContext, refuseFutureDay } from "../store";
import type { z } from "zod";

const REVALIDATE = ["/security", "/security/systems"];

async function refuseDuplicateName(tx: Executor, name: string, exceptId?: string) {
  const [other] = await tx
    .select({ id: securitySystems.id })
    .from(securitySystems)
    .where(eq(securitySystems.name, name));
  if (other && other.id !== exceptId)
    throw new ActionError("VALIDATION", "errors.validation", { name: ["securityProgramme.errors.duplicateName"] });
}

async function replaceLinks(tx: Executor, systemId: string, input: z.output<typeof systemSchema>) {
  await tx.delete(securitySystemEntries).where(eq(securitySystemEntries.systemId, systemId));
  await tx.delete(securityDetectionSources).where(eq(securityDetectionSources.systemId, systemId));
  if (input.registerEntryIds.length)
    await tx
      .insert(securitySystemEntries)
      .values(input.registerEntryIds.map((activityId) => ({ systemId, activityId })));
  if (input.sources.length)
    await tx.insert(securityDetectionSources).values(input.sources.map((source) => ({ systemId, ...source })));
}

function columns(input: z.output<typeof systemSchema>) {
  const { name, description, owner, hosting, criticality, exposure } = input;
  return { name, description, owner, hosting, criticality, exposure };
}

/** Add an information system with its register links and detection sources. */
export const createSystem = defineMutation({
  name: "security.createSystem",
  permission: "security:manage",
  schema: systemSchema,
  revalidate: REVALIDATE,
  async run({ tx, input, now }) {
    await refuseDuplicateName(tx, input.name);
    await assertRegisterEntriesExist(tx, input.registerEntryIds, "registerEntryIds");
    const [row] = await tx
      .insert(securitySystems)
      .values({ ...columns(input), createdAt: now, updatedAt: now })
      .returning();
    await replaceLinks(tx, row!.id, input);
    return {
      data: { id: row!.id },
      audit: { action: "security.system_create", entityType: "security_system", entityId: row!.id, after: input },
    };
  },
});

/** Edit a system (its version must be current: no lost update); links and sources are replaced. */
export const updateSystem = defineMutation({
  name: "security.updateSystem",
  permission: "security:manage",
  schema: updateSystemSchema,
  revalidate: REVALIDATE,
  async run({ tx, input, now }) {
    const [before] = await tx.select().from(securitySystems).where(eq(securitySystems.id, input.id)).for("update");
    if (!before) throw new ActionError("NOT_FOUND", "securityProgramme.errors.notFound");
    if (before.version !== input.version) throw new ActionError("CONFLICT", "securityProgramme.errors.stale");
    await refuseDuplicateName(tx, input.name, input.id);
    await assertRegisterEntriesExist(tx, input.registerEntryIds, "registerEntryIds");
    await tx
      .update(securitySystems)
      .set({ ...columns(input), version: before.version + 1, updatedAt: now })
      .where(and(eq(securitySystems.id, input.id), eq(securitySystems.version, input.version)));
    await replaceLinks(tx, input.id, input);
    return {
      data: { id: input.id, version: before.version + 1 },
      audit: {
        action: "security.system_update",
        entityType: "security_system",
        entityId: input.id,
        before: columns({ ...before, registerEntryIds: [], sources: [] }),
        after: input,
      },
    };
  },
});

/** Record a simulated attack or purple-team exercise on a system, and whether it was detected. */
export const recordDetectionTest = defineMutation({
  name: "security.recordDetectionTest",
  permission: "security:manage",
  schema: detectionTestSchema,
  revalidate: REVALIDATE,
  async run({ tx, actor, input, now }) {
    const { today } = await loadProgrammeContext(tx, now);
    refuseFutureDay(input.testedOn, today, "testedOn");
    const [system] = await tx
      .select({ id: securitySystems.id })
      .from(securitySystems)
      .where(eq(securitySystems.id, input.systemId));
    if (!system)
      throw new ActionError("VALIDATION", "errors.validation", {
        systemId: ["securityProgramme.errors.unknownSystem"],
      });
    const [row] = await tx
      .insert(securityDetectionTests)
      .values({ ...input, source: "manual", recordedAt: now, recordedBy: actorLabel(actor) })
      .returning({ id: securityDetectionTests.id });
    return {
      data: { id: row!.id },
      audit: {
        action: "security.detection_test",
        entityType: "security_detection_test",
        entityId: row!.id,
        after: input,
      },
    };
  },
});
