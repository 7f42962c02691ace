import type { Tx } from "@/db/client";
import { appendAudit, type AuditActor } from "@/lib/audit/write";
import type { AuditAction } from "@/lib/audit/events";
import { canActivate } from "@/lib/register/completeness/completeness";
import type { ProcessingActivity } from "@/lib/register/schemas";
import { auditView, insertActivity, saveActivity, type ActivityRow, type VersionChange } from "@/lib/register/store";
import { buildEntry, type EntrySpec } from "./register-builders";
import { COMPANY_ENTRIES } from "./register-entries-company";
import { CUSTOMER_ENTRIES } from "./register-entries-customers";
import { NETWORK_ENTRIES } from "./register-entries-network";

const DAY = 86_400_000;
export const DEMO_REGISTER: EntrySpec[] = [...CUSTOMER_ENTRIES, ...NETWORK_ENTRIES, ...COMPANY_ENTRIES];

/** A small seeded PRNG (mulberry32): the same office hours at every seeding. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Step {
  at: Date;
  index: number;
  change: VersionChange;
  content: (current: ProcessingActivity) => ProcessingActivity;
}

/** The saves of each demo entry (create, earlier content then update, activate, retire), in time order. */
function plan(now: Date): Step[] {
  const random = prng(2026);
  const dayAt = (daysAgo: number) => {
    const midnight = Math.floor((now.getTime() - daysAgo * DAY) / DAY) * DAY;
    return new Date(
      Math.min(
        now.getTime() - 60_000,
        midnight + (7 + Math.floor(random() * 10)) * 3_600_000 + Math.floor(random() * 3_600) * 1000,
      ),
    );
  };
  const steps: Step[] = [];
  DEMO_REGISTER.forEach((spec, index) => {
    const full = buildEntry(spec, now);
    const created = spec.createdDaysAgo;
    if (spec.earlier) {
      const earlier = { ...full, ...spec.earlier.changes };
      steps.push({ at: dayAt(created), index, change: "create", content: () => earlier });
      steps.push({
        at: dayAt(Math.floor(created / 2)),
        index,
        change: "update",
        content: (current) => ({ ...full, status: current.status }),
      });
    } else {
      steps.push({ at: dayAt(created), index, change: "create", content: () => full });
    }
    if (!spec.keepDraft && canActivate({ ...full, status: "active" })) {
      const activation = spec.earlier ? Math.floor(created / 2) - 1 : created - 2;
      steps.push({
        at: dayAt(Math.max(0, activation)),
        index,
        change: "activate",
        content: (current) => ({ ...current, status: "active" }),
      });
      if (spec.retiredDaysAgo !== undefined)
        steps.push({
          at: dayAt(spec.retiredDaysAgo),
          index,
          change: "retire",
          content: (current) => ({ ...current, status: "retired" }),
        });
    }
  });
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.index - b.index);
}

const ACTION: Record<VersionChange, AuditAction> = {
  create: "register.create",
  update: "register.update",
  activate: "register.activate",
  retire: "register.retire",
  duplicate: "register.duplicate",
  import: "register.import",
};

/**
 * About 40 entries of the demo operator's register with their history: several entries have
 * earlier versions, most complete ones were activated, one was retired, a few are realistically
 * incomplete drafts. Every save is audit-logged at its own date.
 */
export async function seedRegister(tx: Tx, actor: AuditActor, now: Date): Promise<number> {
  const rows = new Map<number, ActivityRow>();
  for (const step of plan(now)) {
    const ctx = { tx, actor, now: step.at };
    const before = rows.get(step.index);
    const after = before
      ? await saveActivity(ctx, before, step.content(before.content as ProcessingActivity), step.change)
      : await insertActivity(ctx, step.content(buildEntry(DEMO_REGISTER[step.index]!, now)), step.change);
    rows.set(step.index, after);
    await appendAudit(
      tx,
      actor,
      {
        action: ACTION[step.change],
        entityType: "processing_activity",
        entityId: after.reference,
        before: before ? auditView(before) : null,
        after: auditView(after),
      },
      step.at,
    );
  }
  return rows.size;
}
