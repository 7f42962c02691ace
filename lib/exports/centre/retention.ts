import fs from "node:fs";
import { and, asc, inArray, isNull, lt } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { exportHistory } from "@/db/schema";
import { appendAudit, type AuditActor } from "@/lib/audit/write";
import { readEnv } from "@/lib/env";
import { exportDirectory, storagePath } from "./storage";

const DAY_MS = 86_400_000;

/** Who the audit log names for the purge: Vigie itself, no account. */
export const RETENTION_ACTOR: AuditActor = { id: null, label: "Vigie (export retention)" };

/**
 * Exports created strictly before this instant are past their retention: `days` whole days of
 * absolute time (24 h each) before `now`.
 */
export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

export interface PurgeOptions {
  now: Date;
  /** Default: VIGIE_EXPORT_RETENTION_DAYS (30). */
  retentionDays?: number;
  /** Default: VIGIE_EXPORT_DIR or <data dir>/exports. */
  directory?: string;
  db?: Db;
  /** Rows handled per transaction. */
  batchSize?: number;
}

export interface PurgeResult {
  cutoff: Date;
  /** History rows marked expired by this run. */
  expired: number;
  /** Files actually removed from the directory (a file already gone is not counted). */
  filesDeleted: number;
}

/**
 * Delete the files of exports older than the retention period and mark their history rows
 * expired (`expired_at = now`), each with an `export.purge` audit entry in the transaction
 * that marks it. The row stays, so the history still says who exported what and its hash.
 *
 * The file goes first, then the row: if the transaction fails, the next run finds the row
 * still unexpired, finds no file (nothing to delete) and marks it. The update only touches
 * rows still unexpired, so two instances purging at once log each export once.
 */
export async function purgeExpiredExports(options: PurgeOptions): Promise<PurgeResult> {
  const { now, batchSize = 200 } = options;
  const retentionDays = options.retentionDays ?? readEnv().VIGIE_EXPORT_RETENTION_DAYS;
  const directory = options.directory ?? exportDirectory();
  const db = options.db ?? getDb();
  const cutoff = retentionCutoff(now, retentionDays);
  const result: PurgeResult = { cutoff, expired: 0, filesDeleted: 0 };
  for (;;) {
    const due = await db
      .select()
      .from(exportHistory)
      .where(and(isNull(exportHistory.expiredAt), lt(exportHistory.createdAt, cutoff)))
      .orderBy(asc(exportHistory.createdAt), asc(exportHistory.id))
      .limit(batchSize);
    if (due.length === 0) break;
    const deleted = new Set<string>();
    for (const row of due) if (await removeFile(storagePath(directory, row.storageKey))) deleted.add(row.id);
    const marked = await db.transaction(async (tx) => {
      const updated = await tx
        .update(exportHistory)
        .set({ expiredAt: now })
        .where(
          and(
            isNull(exportHistory.expiredAt),
            inArray(
              exportHistory.id,
              due.map((row) => row.id),
            ),
          ),
        )
        .returning();
      for (const row of updated) {
        await appendAudit(
          tx,
          RETENTION_ACTOR,
          {
            action: "export.purge",
            entityType: "export",
            entityId: row.id,
            meta: {
              report: row.report,
              format: row.format,
              fileName: row.fileName,
              size: row.size,
              sha256: row.sha256,
              createdAt: row.createdAt.toISOString(),
              retentionDays,
              fileDeleted: deleted.has(row.id),
            },
          },
          now,
        );
      }
      return updated.length;
    });
    result.expired += marked;
    result.filesDeleted += deleted.size;
    if (due.length < batchSize) break;
  }
  return result;
}

/** true when the file existed and is now gone; a missing file is not an error. */
async function removeFile(file: string): Promise<boolean> {
  try {
    await fs.promises.unlink(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
}
