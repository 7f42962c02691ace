import { incidents } from "@/db/schema";
import { defineMutation } from "@/lib/action";
import { incidentFactsSchema, updateFactsSchema, type IncidentFactsValues } from "../form/schemas";
import { assertRegisterRefsExist } from "../register-links";
import {
  addTimeline,
  loadIncidentSettings,
  lockIncident,
  nextIncidentReference,
  updateIncident,
  type TimelineInput,
} from "../store";

function factColumns(input: IncidentFactsValues) {
  return {
    title: input.title,
    description: input.description,
    occurredFrom: input.occurredFrom,
    occurredTo: input.occurredTo,
    occurrenceEstimated: input.occurrenceEstimated,
    detectedAt: input.detectedAt,
    awareAt: input.awareAt,
    awarenessReason: input.awarenessReason || null,
    categories: input.categories,
    cause: input.cause,
    systems: input.systems.filter(Boolean),
    registerRefs: input.registerRefs,
    dataCategories: input.dataCategories,
    peopleCount: input.peopleCount,
    recordsCount: input.recordsCount,
    personalData: input.personalData,
    telecomService: input.telecomService,
    nis2Significant: input.nis2Significant,
    dataUnintelligible: input.dataUnintelligible,
    unintelligibleEvidence: input.unintelligibleEvidence || null,
    consequences: input.consequences,
    remedialMeasures: input.remedialMeasures,
  };
}

/** Open an incident by hand; its occurrence, detection and awareness go on the timeline. */
export const createIncident = defineMutation({
  name: "incidents.create",
  permission: "incidents:write",
  schema: incidentFactsSchema,
  revalidate: ["/incidents", "/"],
  async run({ tx, actor, input, now }) {
    await assertRegisterRefsExist(tx, input.registerRefs);
    const settings = await loadIncidentSettings(tx);
    const reference = await nextIncidentReference(tx, input.detectedAt, settings.timeZone);
    const [row] = await tx
      .insert(incidents)
      .values({ ...factColumns(input), reference, source: "manual", ownerId: actor.id, createdAt: now, updatedAt: now })
      .returning();
    const entries: TimelineInput[] = [{ kind: "detection", at: input.detectedAt, text: "" }];
    if (input.occurredFrom)
      entries.push({ kind: "occurrence", at: input.occurredFrom, text: input.occurrenceEstimated ? "estimated" : "" });
    if (input.awareAt) entries.push({ kind: "awareness", at: input.awareAt, text: input.awarenessReason ?? "" });
    await addTimeline(tx, row!.id, actor.name, now, entries);
    return {
      data: { id: row!.id, reference },
      audit: { action: "incident.create", entityType: "incident", entityId: row!.id, after: row, meta: { reference } },
    };
  },
});

/** Correct the facts (optimistic concurrency on `version`). */
export const updateIncidentFacts = defineMutation({
  name: "incidents.updateFacts",
  permission: "incidents:write",
  schema: updateFactsSchema,
  revalidate: ["/incidents"],
  async run({ tx, input, now }) {
    const before = await lockIncident(tx, input.id, input.version);
    await assertRegisterRefsExist(tx, input.registerRefs);
    const after = await updateIncident(tx, before, factColumns(input), now);
    return {
      data: { id: after.id, reference: after.reference, version: after.version },
      audit: {
        action: "incident.update",
        entityType: "incident",
        entityId: after.id,
        before,
        after,
        meta: { reference: after.reference },
      },
    };
  },
});
