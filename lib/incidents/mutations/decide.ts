import { defineMutation } from "@/lib/action";
import { assessSeveritySchema, overrideObligationSchema, recordDecisionSchema } from "../form/schemas";
import { computeSeverity } from "../severity";
import { addTimeline, lockIncident, updateIncident } from "../store";

/** ENISA severity inputs and the risk level the clocks depend on. */
export const assessSeverity = defineMutation({
  name: "incidents.assessSeverity",
  permission: "incidents:write",
  schema: assessSeveritySchema,
  revalidate: ["/incidents"],
  async run({ tx, actor, input, now }) {
    const before = await lockIncident(tx, input.id, input.version);
    const result = computeSeverity(input.severity);
    const after = await updateIncident(tx, before, { severity: input.severity, riskLevel: input.riskLevel }, now);
    await addTimeline(tx, after.id, actor.name, now, [
      {
        kind: "note",
        at: now,
        text: "",
        data: { severity: result.score, band: result.band, riskLevel: input.riskLevel },
      },
    ]);
    return {
      data: { version: after.version, band: result.band },
      audit: {
        action: "incident.severity",
        entityType: "incident",
        entityId: after.id,
        before: { severity: before.severity, riskLevel: before.riskLevel },
        after: { severity: input.severity, riskLevel: input.riskLevel, score: result.score, band: result.band },
        meta: { reference: after.reference },
      },
    };
  },
});

/** The DPO's decisions (notify the authority, inform the people, Art. 34(3) exception), each with its rationale. */
export const recordDecision = defineMutation({
  name: "incidents.recordDecision",
  permission: "incidents:decide",
  schema: recordDecisionSchema,
  revalidate: ["/incidents"],
  async run({ tx, actor, input, now }) {
    const before = await lockIncident(tx, input.id, input.version);
    const { id: _id, version: _version, ...decision } = input;
    const after = await updateIncident(tx, before, decision, now);
    await addTimeline(tx, after.id, actor.name, now, [
      {
        kind: "decision",
        at: now,
        text: `${input.notifyAuthorityRationale}\n${input.informPeopleRationale}`,
        data: decision,
      },
    ]);
    return {
      data: { version: after.version },
      audit: {
        action: "incident.decide",
        entityType: "incident",
        entityId: after.id,
        before: {
          notifyAuthority: before.notifyAuthority,
          informPeople: before.informPeople,
          art34Exception: before.art34Exception,
        },
        after: decision,
        meta: { reference: after.reference },
      },
    };
  },
});

/** The DPO overrides whether an obligation applies, with a reason; `applies: null` removes the override. */
export const overrideObligation = defineMutation({
  name: "incidents.overrideObligation",
  permission: "incidents:decide",
  schema: overrideObligationSchema,
  revalidate: ["/incidents"],
  async run({ tx, actor, input, now }) {
    const before = await lockIncident(tx, input.id, input.version);
    const others = before.overrides.filter((o) => o.obligation !== input.obligation);
    const overrides =
      input.applies === null
        ? others
        : [...others, { obligation: input.obligation, applies: input.applies, reason: input.reason }];
    const after = await updateIncident(tx, before, { overrides }, now);
    await addTimeline(tx, after.id, actor.name, now, [
      { kind: "decision", at: now, text: input.reason, data: { obligation: input.obligation, applies: input.applies } },
    ]);
    return {
      data: { version: after.version },
      audit: {
        action: "incident.override",
        entityType: "incident",
        entityId: after.id,
        before: { overrides: before.overrides },
        after: { overrides },
        meta: { reference: after.reference },
      },
    };
  },
});
