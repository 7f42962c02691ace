import "server-only";
import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  apiKeys,
  consentPurposes,
  exportHistory,
  exportJobs,
  incidents,
  processingActivities,
  users,
} from "@/db/schema";
import { exportJobLabel } from "@/lib/exports/centre/report-label";
import type { Locale } from "@/lib/i18n/locale";

/**
 * What people call the entities an audit entry points at: incidents and register entries by
 * reference and title, API keys and users by name, consent purposes by their label, exports by
 * file name. Resolved when the log is read (the entry itself keeps the id it was hashed with), so
 * a renamed entry shows its current name. Ids that name nothing (deleted, or not a UUID) are absent.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface EntityPointer {
  entityType: string;
  entityId: string | null;
}

export function entityNameKey(entityType: string, entityId: string): string {
  return `${entityType}:${entityId.toLowerCase()}`;
}

/** The UUID-shaped ids of the given types, deduplicated (a non-UUID id would make PostgreSQL refuse the query). */
function idsOf(pointers: readonly EntityPointer[], types: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const { entityType, entityId } of pointers) {
    if (entityId && types.includes(entityType) && UUID.test(entityId)) ids.add(entityId.toLowerCase());
  }
  return [...ids];
}

type Named = { id: string; name: string };

async function incidentNames(db: Executor, ids: string[]): Promise<Named[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: incidents.id, reference: incidents.reference, title: incidents.title })
    .from(incidents)
    .where(inArray(incidents.id, ids));
  return rows.map((row) => ({ id: row.id, name: `${row.reference} — ${row.title}` }));
}

async function activityNames(db: Executor, ids: string[]): Promise<Named[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: processingActivities.id, reference: processingActivities.reference, name: processingActivities.name })
    .from(processingActivities)
    .where(inArray(processingActivities.id, ids));
  return rows.map((row) => ({ id: row.id, name: `${row.reference} — ${row.name}` }));
}

async function apiKeyNames(db: Executor, ids: string[]): Promise<Named[]> {
  if (ids.length === 0) return [];
  return db.select({ id: apiKeys.id, name: apiKeys.name }).from(apiKeys).where(inArray(apiKeys.id, ids));
}

async function userNames(db: Executor, ids: string[]): Promise<Named[]> {
  if (ids.length === 0) return [];
  return db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
}

async function purposeNames(db: Executor, ids: string[], locale: Locale): Promise<Named[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: consentPurposes.id, fr: consentPurposes.labelFr, en: consentPurposes.labelEn })
    .from(consentPurposes)
    .where(inArray(consentPurposes.id, ids));
  return rows.map((row) => ({ id: row.id, name: locale === "en" ? row.en : row.fr }));
}

/** An export is audited by its file's id, or by its job's id while it runs: both lead to the file name. */
async function exportNames(db: Executor, ids: string[], locale: Locale): Promise<Named[]> {
  if (ids.length === 0) return [];
  const [files, jobs] = await Promise.all([
    db
      .select({ id: exportHistory.id, name: exportHistory.fileName })
      .from(exportHistory)
      .where(inArray(exportHistory.id, ids)),
    db
      .select({
        id: exportJobs.id,
        fileName: exportHistory.fileName,
        report: exportJobs.report,
        format: exportJobs.format,
      })
      .from(exportJobs)
      .leftJoin(exportHistory, eq(exportJobs.exportId, exportHistory.id))
      .where(inArray(exportJobs.id, ids)),
  ]);
  // A job that produced no file (running or failed) is named by its report and format, as the export centre names them.
  return [
    ...files,
    ...jobs.map((job) => ({ id: job.id, name: job.fileName ?? exportJobLabel(job.report, job.format, locale) })),
  ];
}

/** Names for the entities of these entries, keyed by `entityNameKey(type, id)`. Sessions are named by their user. */
export async function resolveEntityNames(
  db: Executor,
  pointers: readonly EntityPointer[],
  locale: Locale,
): Promise<Map<string, string>> {
  const [incidentRows, activityRows, keyRows, userRows, purposeRows, exportRows] = await Promise.all([
    incidentNames(db, idsOf(pointers, ["incident"])),
    activityNames(db, idsOf(pointers, ["processing_activity"])),
    apiKeyNames(db, idsOf(pointers, ["api_key"])),
    userNames(db, idsOf(pointers, ["user", "session"])),
    purposeNames(db, idsOf(pointers, ["consent_purpose"]), locale),
    exportNames(db, idsOf(pointers, ["export"]), locale),
  ]);
  const names = new Map<string, string>();
  const put = (types: string[], rows: Named[]) => {
    for (const row of rows) for (const type of types) names.set(entityNameKey(type, row.id), row.name);
  };
  put(["incident"], incidentRows);
  put(["processing_activity"], activityRows);
  put(["api_key"], keyRows);
  put(["user", "session"], userRows);
  put(["consent_purpose"], purposeRows);
  put(["export"], exportRows);
  return names;
}

/** The name of one entry's entity, or null. */
export function entityNameOf(names: Map<string, string>, pointer: EntityPointer): string | null {
  return pointer.entityId ? (names.get(entityNameKey(pointer.entityType, pointer.entityId)) ?? null) : null;
}
