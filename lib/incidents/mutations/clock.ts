import { incidentNotifications } from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import { computeObligations } from "../clocks/clocks";
import { engineOptions, toIncidentFacts, toNotificationRecord } from "../clocks/facts";
import { CLOCK_SKEW_MS } from "../chronology/chronology";
import {
  CHRONOLOGY_ERRORS,
  changeStatusSchema,
  recordAwarenessSchema,
  recordNotificationSchema,
  timelineEntrySchema,
} from "../form/schemas";
import { canMove, closingBlockers } from "../status";
import { addTimeline, clocksOf, loadIncidentSettings, loadNotifications, lockIncident, updateIncident } from "../store";

/** Record awareness (the GDPR and NIS2 clocks then run from it) with the reason it differs from detection. */
export const recordAwareness = defineMutation({
  name: "incidents.recordAwareness",
  permission: "incidents:write",
  schema: recordAwarenessSchema,
  revalidate: ["/incidents"],
  async run({ tx, actor, input, now }) {
    const before = await lockIncident(tx, input.id, input.version);
    if (input.awareAt.getTime() < before.detectedAt.getTime()) {
      throw new ActionError("VALIDATION", "errors.validation", {
        awareAt: ["incidents.errors.awarenessBeforeDetection"],
      });
    }
    if (input.awareAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new ActionError("VALIDATION", "errors.validation", { awareAt: [CHRONOLOGY_ERRORS.in_future] });
    }
    const nis2 = input.regime === "nis2";
    const columns = nis2
      ? { nis2AwareAt: input.awareAt, nis2AwarenessReason: input.reason }
      : { awareAt: input.awareAt, awarenessReason: input.reason };
    const after = await updateIncident(tx, before, columns, now);
    await addTimeline(tx, after.id, actor.name, now, [
      { kind: nis2 ? "nis2_awareness" : "awareness", at: input.awareAt, text: input.reason },
    ]);
    return {
      data: { version: after.version },
      audit: {
        action: "incident.update",
        entityType: "incident",
        entityId: after.id,
        before: nis2 ? { nis2AwareAt: before.nis2AwareAt } : { awareAt: before.awareAt },
        after: nis2
          ? { nis2AwareAt: after.nis2AwareAt, reason: input.reason }
          : { awareAt: after.awareAt, reason: input.reason },
        meta: { reference: after.reference },
      },
    };
  },
});

/** Add a timeline entry; containment also sets the containment time. Entries are never changed. */
export const addTimelineEntry = defineMutation({
  name: "incidents.addTimelineEntry",
  permission: "incidents:write",
  schema: timelineEntrySchema,
  revalidate: ["/incidents"],
  async run({ tx, actor, input, now }) {
    const row = await lockIncident(tx, input.id);
    if (input.kind === "containment" && !row.containedAt) await updateIncident(tx, row, { containedAt: input.at }, now);
    await addTimeline(tx, row.id, actor.name, now, [{ kind: input.kind, at: input.at, text: input.text }]);
    return {
      data: { id: row.id },
      audit: {
        action: "incident.timeline_add",
        entityType: "incident",
        entityId: row.id,
        after: input,
        meta: { reference: row.reference },
      },
    };
  },
});

/**
 * Record a notification as sent, with the authority's reference and the draft text sent. A
 * notification sent after its deadline needs the reasons for the delay (GDPR Art. 33(1)).
 */
export const recordNotification = defineMutation({
  name: "incidents.recordNotification",
  permission: "incidents:write",
  schema: recordNotificationSchema,
  revalidate: ["/incidents", "/"],
  async run({ tx, actor, input, now }) {
    const row = await lockIncident(tx, input.id);
    if (input.sentAt.getTime() > now.getTime()) {
      throw new ActionError("VALIDATION", "errors.validation", { sentAt: ["incidents.errors.sentInFuture"] });
    }
    if (input.sentAt.getTime() < row.detectedAt.getTime()) {
      throw new ActionError("VALIDATION", "errors.validation", { sentAt: [CHRONOLOGY_ERRORS.sent_before_detection] });
    }
    const settings = await loadIncidentSettings(tx);
    const sent = await loadNotifications(tx, row.id);
    const record = {
      obligation: input.obligation,
      sentAt: input.sentAt,
      complete: input.complete,
      delayReason: input.delayReason ?? null,
    };
    const facts = toIncidentFacts(row, sent);
    const clocks = computeObligations(
      { ...facts, notifications: [...sent.map(toNotificationRecord), record] },
      now,
      engineOptions(settings),
    );
    const clock = clocks.find((c) => c.id === input.obligation)!;
    if (clock.notification === record && clock.status === "late" && !input.delayReason) {
      throw new ActionError("VALIDATION", "errors.validation", {
        delayReason: ["incidents.errors.delayReasonRequired"],
      });
    }
    const [notification] = await tx
      .insert(incidentNotifications)
      .values({
        incidentId: row.id,
        obligation: input.obligation,
        sentAt: input.sentAt,
        reference: input.reference || null,
        complete: input.complete,
        delayReason: input.delayReason || null,
        draft: input.draft || null,
        recordedAt: now,
        recordedBy: actor.name,
      })
      .returning();
    await addTimeline(tx, row.id, actor.name, now, [
      {
        kind: "notification",
        at: input.sentAt,
        text: input.reference ?? "",
        data: {
          obligation: input.obligation,
          reference: input.reference ?? null,
          complete: input.complete,
          delayReason: input.delayReason ?? null,
        },
      },
    ]);
    return {
      data: { id: notification!.id, status: clock.status },
      audit: {
        action: "incident.notify",
        entityType: "incident",
        entityId: row.id,
        after: notification,
        meta: { reference: row.reference, status: clock.status },
      },
    };
  },
});

/** Move the status; closing requires every applicable obligation met or explained. */
export const changeIncidentStatus = defineMutation({
  name: "incidents.changeStatus",
  permission: "incidents:write",
  schema: changeStatusSchema,
  revalidate: ["/incidents", "/"],
  async run({ tx, actor, input, now }) {
    const before = await lockIncident(tx, input.id, input.version);
    if (!canMove(before.status, input.status)) {
      throw new ActionError("VALIDATION", "errors.validation", { status: ["incidents.errors.transition"] });
    }
    if (input.status === "closed") {
      const blockers = closingBlockers((await clocksOf(tx, before, now)).clocks);
      if (blockers.length > 0) {
        throw new ActionError("CONFLICT", "incidents.errors.closeBlocked", {
          status: ["incidents.errors.closeBlocked"],
          blockers: blockers.map((id) => `incidents.obligations.${id}`),
        });
      }
    }
    const after = await updateIncident(
      tx,
      before,
      { status: input.status, closedAt: input.status === "closed" ? now : null },
      now,
    );
    await addTimeline(tx, after.id, actor.name, now, [
      { kind: "status", at: now, text: input.note ?? "", data: { from: before.status, to: input.status } },
    ]);
    return {
      data: { version: after.version, status: after.status },
      audit: {
        action: "incident.status",
        entityType: "incident",
        entityId: after.id,
        before: { status: before.status },
        after: { status: after.status },
        meta: { reference: after.reference, note: input.note ?? null },
      },
    };
  },
});
