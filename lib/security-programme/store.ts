import { createHash } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { organisation, processingActivities, securityFindings, securitySettings, securitySystems } from "@/db/schema";
import { ActionError } from "@/lib/action";
import { today } from "./calendar";
import { DEFAULT_SECURITY_SETTINGS, type SecurityProgrammeSettings } from "./settings";

/** The periods in force and the organisation's calendar day. */
export async function loadProgrammeContext(
  db: Executor,
  now: Date,
): Promise<{ settings: SecurityProgrammeSettings; timeZone: string; today: string }> {
  const [org] = await db.select({ timeZone: organisation.timeZone }).from(organisation).where(eq(organisation.id, 1));
  const [row] = await db.select().from(securitySettings).where(eq(securitySettings.id, 1));
  const settings = row
    ? { auditIntervalYears: row.auditIntervalYears, findingDueDays: row.findingDueDays }
    : DEFAULT_SECURITY_SETTINGS;
  const timeZone = org?.timeZone ?? "Europe/Paris";
  return { settings, timeZone, today: today(now, timeZone) };
}

function fieldError(field: string, message: string): never {
  throw new ActionError("VALIDATION", "errors.validation", { [field]: [message] });
}

/** Every id names a system; otherwise a field error on `field` (nothing written). */
export async function assertSystemsExist(db: Executor, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: securitySystems.id })
    .from(securitySystems)
    .where(inArray(securitySystems.id, [...ids]));
  if (rows.length !== new Set(ids).size) fieldError(field, "securityProgramme.errors.unknownSystem");
}

export async function assertRegisterEntriesExist(db: Executor, ids: readonly string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const rows = await db
    .select({ id: processingActivities.id })
    .from(processingActivities)
    .where(inArray(processingActivities.id, [...ids]));
  if (rows.length !== new Set(ids).size) fieldError(field, "securityProgramme.errors.unknownEntry");
}

/** A day the server's clock says has not come yet is refused on `field`. */
export function refuseFutureDay(day: string | null, todayDay: string, field: string): void {
  if (day && day > todayDay) fieldError(field, "securityProgramme.errors.inFuture");
}

export type FindingRow = typeof securityFindings.$inferSelect;

/** The finding locked for this transaction; NOT_FOUND, or CONFLICT when `version` is stale. */
export async function lockFinding(tx: Executor, id: string, version: number): Promise<FindingRow> {
  const [row] = await tx.select().from(securityFindings).where(eq(securityFindings.id, id)).for("update");
  if (!row) throw new ActionError("NOT_FOUND", "securityProgramme.errors.notFound");
  if (row.version !== version) throw new ActionError("CONFLICT", "securityProgramme.errors.stale");
  return row;
}

export async function updateFinding(
  tx: Executor,
  row: FindingRow,
  changes: Partial<FindingRow>,
  now: Date,
): Promise<FindingRow> {
  const [updated] = await tx
    .update(securityFindings)
    .set({ ...changes, version: row.version + 1, updatedAt: now })
    .where(eq(securityFindings.id, row.id))
    .returning();
  return updated!;
}

export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
