import { defineMutation } from "@/lib/action";
import { assessNis2ImpactSchema } from "../form/nis2-impact-schema";
import { assessNis2Impact, isNis2Significant } from "../nis2-impact";
import { addTimeline, lockIncident, updateIncident } from "../store";

/**
 * The incident's NIS2 severity (Art. 23(3)): its impact on the service, assessed from the facts
 * recorded here; whether it is significant follows (undetermined counts as significant until known).
 */
export const recordNis2Impact = defineMutation({
  name: "incidents.assessNis2Impact",
  permission: "incidents:write",
  schema: assessNis2ImpactSchema,
  revalidate: ["/incidents"],
  async run({ tx, actor, input, now }) {
    const before = await lockIncident(tx, input.id, input.version);
    const { id: _id, version: _version, ...impact } = input;
    const assessment = assessNis2Impact(impact);
    const nis2Significant = isNis2Significant(assessment);
    const after = await updateIncident(tx, before, { nis2Impact: impact, nis2Significant }, now);
    await addTimeline(tx, after.id, actor.name, now, [
      {
        kind: "note",
        at: now,
        text: "",
        data: { nis2Level: assessment.level, criteria: assessment.criteria, missing: assessment.missing },
      },
    ]);
    return {
      data: { version: after.version, level: assessment.level },
      audit: {
        action: "incident.nis2_impact",
        entityType: "incident",
        entityId: after.id,
        before: { nis2Impact: before.nis2Impact, nis2Significant: before.nis2Significant },
        after: { nis2Impact: impact, nis2Significant, level: assessment.level, criteria: assessment.criteria },
        meta: { reference: after.reference },
      },
    };
  },
});
