import { ActionError, defineMutation } from "@/lib/action";
import { actorLabel, type Actor } from "@/lib/auth/actor";
import type { AuditEvent } from "@/lib/audit/write";
import {
  activityVersionSchema,
  createActivitySchema,
  duplicateActivitySchema,
  updateActivitySchema,
} from "./action-schemas";
import { listActivationBlockers } from "./completeness/completeness";
import type { ProcessingActivity } from "./schemas";
import { auditView, insertActivity, lockActivity, saveActivity, type ActivityRow, type SaveContext } from "./store";

const REVALIDATE = ["/register", "/"];

const saveContext = (tx: SaveContext["tx"], actor: Actor, now: Date): SaveContext => ({
  tx,
  actor: { id: actor.id, label: actorLabel(actor) },
  now,
});

/** The blockers of an entry as field errors (path → message key), as the form shows them. */
function blockersAsFieldErrors(entry: ProcessingActivity): Record<string, string[]> | null {
  const blockers = listActivationBlockers(entry);
  if (blockers.length === 0) return null;
  const out: Record<string, string[]> = {};
  for (const item of blockers) (out[item.path.map(String).join(".") || "_form"] ??= []).push(item.key);
  return out;
}

function event(action: AuditEvent["action"], before: ActivityRow | null, after: ActivityRow): AuditEvent {
  return {
    action,
    entityType: "processing_activity",
    entityId: after.reference,
    before: before ? auditView(before) : null,
    after: auditView(after),
  };
}

function refuseRetired(row: ActivityRow) {
  if (row.status === "retired") throw new ActionError("CONFLICT", "register.errors.retired");
}

export const createActivity = defineMutation({
  name: "register.create",
  permission: "register:write",
  schema: createActivitySchema,
  revalidate: REVALIDATE,
  async run({ tx, actor, input, now }) {
    if (input.status === "retired")
      throw new ActionError("VALIDATION", "errors.validation", { status: ["register.errors.invalidOption"] });
    const row = await insertActivity(saveContext(tx, actor, now), input, "create");
    return { data: { reference: row.reference, version: row.version }, audit: event("register.create", null, row) };
  },
});

export const updateActivity = defineMutation({
  name: "register.update",
  permission: "register:write",
  schema: updateActivitySchema,
  revalidate: REVALIDATE,
  async run({ tx, actor, input, now }) {
    const { reference, version, ...fields } = input;
    const before = await lockActivity(tx, reference, version);
    refuseRetired(before);
    // The status changes only through activate and retire; an active entry stays complete.
    const entry: ProcessingActivity = { ...fields, status: before.status };
    const blockers = entry.status === "active" ? blockersAsFieldErrors(entry) : null;
    if (blockers) throw new ActionError("VALIDATION", "register.errors.activeEntryIncomplete", blockers);
    const after = await saveActivity(saveContext(tx, actor, now), before, entry, "update");
    return { data: { reference, version: after.version }, audit: event("register.update", before, after) };
  },
});

export const activateActivity = defineMutation({
  name: "register.activate",
  permission: "register:write",
  schema: activityVersionSchema,
  revalidate: REVALIDATE,
  async run({ tx, actor, input, now }) {
    const before = await lockActivity(tx, input.reference, input.version);
    if (before.status !== "draft") throw new ActionError("CONFLICT", "register.errors.notDraft");
    const entry = { ...(before.content as ProcessingActivity), status: "active" as const };
    const blockers = blockersAsFieldErrors(entry);
    if (blockers) throw new ActionError("VALIDATION", "register.errors.activationBlocked", blockers);
    const after = await saveActivity(saveContext(tx, actor, now), before, entry, "activate");
    return {
      data: { reference: after.reference, version: after.version },
      audit: event("register.activate", before, after),
    };
  },
});

export const retireActivity = defineMutation({
  name: "register.retire",
  permission: "register:write",
  schema: activityVersionSchema,
  revalidate: REVALIDATE,
  async run({ tx, actor, input, now }) {
    const before = await lockActivity(tx, input.reference, input.version);
    refuseRetired(before);
    const entry = { ...(before.content as ProcessingActivity), status: "retired" as const };
    const after = await saveActivity(saveContext(tx, actor, now), before, entry, "retire");
    return {
      data: { reference: after.reference, version: after.version },
      audit: event("register.retire", before, after),
    };
  },
});

export const duplicateActivity = defineMutation({
  name: "register.duplicate",
  permission: "register:write",
  schema: duplicateActivitySchema,
  revalidate: REVALIDATE,
  async run({ tx, actor, input, now }) {
    const source = await lockActivity(tx, input.reference);
    const content = source.content as ProcessingActivity;
    const suffix = actor.locale === "en" ? " (copy)" : " (copie)";
    const entry: ProcessingActivity = { ...content, name: `${content.name}${suffix}`.slice(0, 200), status: "draft" };
    const row = await insertActivity(saveContext(tx, actor, now), entry, "duplicate");
    return {
      data: { reference: row.reference, version: row.version },
      audit: { ...event("register.duplicate", null, row), meta: { source: source.reference } },
    };
  },
});
