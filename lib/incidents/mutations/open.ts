import { incidents } from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import {
  CHRONOLOGY_ERRORS,
  PUBLICATION_NEEDS_EXCEPTION,
  factsChronology,
  incidentFactsSchema,
  updateFactsSchema,
  type IncidentFactsValues,
} from "../form/schemas";
import { assertRegisterRefsExist } from "../register-links";
import {
  addTimeline,
  loadIncidentSettings,
  lockIncident,
  nextIncidentReference,
  updateIncident,
  type TimelineInput,
} from "../store";

/** The form schema checks the order of the instants; only the server's clock can say "in the future". */
function refuseFutureFacts(input: IncidentFactsValues, now: Date): void {
  const issues = factsChronology(input, now);
  if (issues.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[String(issue.path[0])] ??= []).push(CHRONOLOGY_ERRORS[issue.code]);
  throw new ActionError("VALIDATION", "errors.validation", fieldErrors);
}

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
    nis2AwareAt: input.nis2AwareAt,
    nis2AwarenessReason: input.nis2AwarenessReason || null,
    categories: input.categories,
    cause: input.cause,
    systems: input.systems.filter(Boolean),
    registerRefs: input.registerRefs,
    dataCategories: input.dataCategories,
    dataSubjectCategories: input.dataSubjectCategories,
    crossBorder: input.crossBorder || null,
    peopleCount: input.peopleCount,
    recordsCount: input.recordsCount,
    personalData: input.personalData,
    telecomService: input.telecomService,
    nis2Significant: input.nis2Significant,
    dataUnintelligible: input.dataUnintelligible,
    unintelligibleEvidence: input.unintelligibleEvidence || null,
    publicCommunicationPublishedAt: input.publicCommunicationPublishedAt,
    publicCommunicationPublishedIn: input.publicCommunicationPublishedAt
      ? input.publicCommunicationPublishedIn || null
      : null,
    consequences: input.consequences,
    remedialMeasures: input.remedialMeasures,
  };
}

/**
 * GDPR Art. 34(3)(c): a public communication is recorded only once the DPO recorded that exception
 * (an incident being opened has no decision yet); refused on its field otherwise, nothing written.
 */
function refuseStrayPublication(input: IncidentFactsValues, art34Exception: string | null): void {
  if (!input.publicCommunicationPublishedAt || art34Exception === "disproportionate_effort") return;
  throw new ActionError("VALIDATION", "errors.validation", {
    publicCommunicationPublishedAt: [PUBLICATION_NEEDS_EXCEPTION],
  });
}

/** The timeline entry of a public communication newly recorded or corrected. */
function publicationEntries(
  input: IncidentFactsValues,
  before?: { publicCommunicationPublishedAt: Date | null; publicCommunicationPublishedIn: string | null },
): TimelineInput[] {
  const at = input.publicCommunicationPublishedAt;
  const where = input.publicCommunicationPublishedIn ?? "";
  if (!at) return [];
  const unchanged =
    before?.publicCommunicationPublishedAt?.getTime() === at.getTime() &&
    before.publicCommunicationPublishedIn === where;
  return unchanged ? [] : [{ kind: "public_communication", at, text: where, data: { publishedIn: where } }];
}

/** Open an incident by hand; its occurrence, detection and awareness go on the timeline. */
export const createIncident = defineMutation({
  name: "incidents.create",
  permission: "incidents:write",
  schema: incidentFactsSchema,
  revalidate: ["/incidents", "/"],
  async run({ tx, actor, input, now }) {
    refuseFutureFacts(input, now);
    refuseStrayPublication(input, null);
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
    if (input.nis2AwareAt)
      entries.push({ kind: "nis2_awareness", at: input.nis2AwareAt, text: input.nis2AwarenessReason ?? "" });
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
  async run({ tx, actor, input, now }) {
    refuseFutureFacts(input, now);
    const before = await lockIncident(tx, input.id, input.version);
    refuseStrayPublication(input, before.art34Exception);
    await assertRegisterRefsExist(tx, input.registerRefs);
    const after = await updateIncident(tx, before, factColumns(input), now);
    await addTimeline(tx, after.id, actor.name, now, publicationEntries(input, before));
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
