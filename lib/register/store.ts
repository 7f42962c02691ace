import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { processingActivities, processingActivityVersions } from "@/db/schema";
import { ActionError } from "@/lib/action";
import { deriveListColumns } from "./completeness/derive";
import type { ProcessingActivity } from "./schemas";

/**
 * Writes of the register, shared by the mutations, the import, the demo seed and the benchmark.
 * Every save updates the row (its derived list columns included) and appends one version.
 * No permission check here: callers are the action wrapper's bodies or fixtures.
 */
export type ActivityRow = typeof processingActivities.$inferSelect;
export type VersionChange = "create" | "update" | "activate" | "retire" | "duplicate" | "import";

export interface SaveContext {
  tx: Executor;
  actor: { id: string | null; label: string };
  now: Date;
}

/** What the audit log keeps of an entry: its reference, version, status and full content. */
export function auditView(row: ActivityRow) {
  return { reference: row.reference, version: row.version, status: row.status, content: row.content };
}

function versionRow(ctx: SaveContext, row: ActivityRow, change: VersionChange) {
  return {
    activityId: row.id,
    version: row.version,
    status: row.status,
    content: row.content,
    savedAt: ctx.now,
    savedBy: ctx.actor.id,
    savedByLabel: ctx.actor.label,
    change,
  };
}

/** New entries (one multi-row insert), each with its first version; references come from the sequence. */
export async function insertActivities(
  ctx: SaveContext,
  entries: readonly ProcessingActivity[],
  change: VersionChange,
): Promise<ActivityRow[]> {
  if (entries.length === 0) return [];
  const rows = await ctx.tx
    .insert(processingActivities)
    .values(
      entries.map((entry) => ({
        ...deriveListColumns(entry),
        content: entry,
        createdAt: ctx.now,
        createdBy: ctx.actor.id,
        updatedAt: ctx.now,
        updatedBy: ctx.actor.id,
      })),
    )
    .returning();
  await ctx.tx.insert(processingActivityVersions).values(rows.map((row) => versionRow(ctx, row, change)));
  return rows;
}

export async function insertActivity(
  ctx: SaveContext,
  entry: ProcessingActivity,
  change: VersionChange,
): Promise<ActivityRow> {
  const [row] = await insertActivities(ctx, [entry], change);
  return row!;
}

/** The entry, locked for this transaction; a stale `version` is refused (no lost update). */
export async function lockActivity(tx: Executor, reference: string, version?: number): Promise<ActivityRow> {
  const [row] = await tx
    .select()
    .from(processingActivities)
    .where(eq(processingActivities.reference, reference))
    .for("update");
  if (!row) throw new ActionError("NOT_FOUND", "register.errors.notFound");
  if (version !== undefined && row.version !== version) {
    throw new ActionError("CONFLICT", "register.errors.staleVersion", { version: [String(row.version)] });
  }
  return row;
}

/** Save a new content for a locked entry: version + 1, list columns re-derived, one version appended. */
export async function saveActivity(
  ctx: SaveContext,
  row: ActivityRow,
  entry: ProcessingActivity,
  change: VersionChange,
): Promise<ActivityRow> {
  const [after] = await ctx.tx
    .update(processingActivities)
    .set({
      ...deriveListColumns(entry),
      content: entry,
      version: row.version + 1,
      updatedAt: ctx.now,
      updatedBy: ctx.actor.id,
    })
    .where(eq(processingActivities.id, row.id))
    .returning();
  await ctx.tx.insert(processingActivityVersions).values(versionRow(ctx, after!, change));
  return after!;
}
