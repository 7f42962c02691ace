import "server-only";
import { and, count, desc, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { startOfDayInZone } from "@/lib/time/zone-days";
import { can } from "@/lib/auth/permissions";
import type { AuditEntryDTO } from "./dto";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./schemas";
import { entityNameOf, resolveEntityNames } from "./entity-names";
import { verifyAuditChain } from "./verify";

type AuditRow = typeof auditLog.$inferSelect;

function toDTO(row: AuditRow, names: Map<string, string>): AuditEntryDTO {
  return {
    seq: row.seq,
    occurredAt: row.occurredAt.toISOString(),
    actorLabel: row.actorLabel,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    entityName: entityNameOf(names, row),
    before: row.before,
    after: row.after,
    meta: row.meta,
    hash: row.hash,
  };
}

function conditions(filters: AuditFilters, timeZone: string): SQL | undefined {
  const parts: SQL[] = [];
  if (filters.actor) parts.push(ilike(auditLog.actorLabel, `%${filters.actor.replace(/[%_\\]/g, "\\$&")}%`));
  if (filters.action) parts.push(eq(auditLog.action, filters.action));
  if (filters.entity) parts.push(or(eq(auditLog.entityType, filters.entity), eq(auditLog.entityId, filters.entity))!);
  if (filters.from) parts.push(gte(auditLog.occurredAt, startOfDayInZone(filters.from, timeZone)));
  if (filters.to) parts.push(lt(auditLog.occurredAt, startOfDayInZone(filters.to, timeZone, 1)));
  return parts.length ? and(...parts) : undefined;
}

/** Rows as DTOs, each naming its entity in the reader's language (never a bare UUID when a name exists). */
async function toDTOs(db: Executor, rows: AuditRow[], actor: Actor): Promise<AuditEntryDTO[]> {
  const names = await resolveEntityNames(db, rows, actor.locale);
  return rows.map((row) => toDTO(row, names));
}

/** One page of the audit log, newest first, with the total for pagination. Dates in the filter are days in `timeZone`. */
export async function listAuditEntries(
  actor: Actor,
  filters: AuditFilters,
  timeZone = "Europe/Paris",
  db: Executor = getDb(),
) {
  assertCan(actor, "audit:read");
  const where = conditions(filters, timeZone);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.seq))
      .limit(AUDIT_PAGE_SIZE)
      .offset((filters.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ value: count() }).from(auditLog).where(where),
  ]);
  return { entries: await toDTOs(db, rows, actor), total: total?.value ?? 0, pageSize: AUDIT_PAGE_SIZE };
}

/** One entry with its before / after / context (the audit log's details, fetched when opened); null when none has that number. */
export async function getAuditEntry(actor: Actor, seq: number, db: Executor = getDb()): Promise<AuditEntryDTO | null> {
  assertCan(actor, "audit:read");
  const rows = await db.select().from(auditLog).where(eq(auditLog.seq, seq)).limit(1);
  return rows.length ? (await toDTOs(db, rows, actor))[0]! : null;
}

/** Latest activity for the overview: the whole log for those who may read it, otherwise one's own actions. */
export async function recentActivity(actor: Actor, limit = 10, db: Executor = getDb()): Promise<AuditEntryDTO[]> {
  assertCan(actor, "overview:read");
  const where = can(actor.role, "audit:read") ? undefined : eq(auditLog.actorId, actor.id);
  const rows = await db.select().from(auditLog).where(where).orderBy(desc(auditLog.seq)).limit(limit);
  return toDTOs(db, rows, actor);
}

/** The distinct action names, for the filter list. */
export async function auditActionNames(actor: Actor, db: Executor = getDb()): Promise<string[]> {
  assertCan(actor, "audit:read");
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}

export async function checkAuditChain(actor: Actor, db: Executor = getDb()) {
  assertCan(actor, "audit:verify");
  return verifyAuditChain(db);
}
