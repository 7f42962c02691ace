import "server-only";
import { and, count, eq, lt, ne, sql } from "drizzle-orm";
import { getDb, rowsOf, type Executor } from "@/db/client";
import { processingActivities as pa, processingActivityVersions as pav } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { isoDateInZone, startOfDayInZone } from "@/lib/time/zone-days";
import { deriveListColumns } from "./completeness/derive";
import { diffProcessingActivities, type DiffChange } from "./history/diff";
import type { ActivityDetail, RegisterSummary, VersionSummary } from "./dto";
import { REGISTER_PAGE_SIZE, type RegisterFilters } from "./list/filters";
import { matchesFilters, sortAndPage, type ActivityListItem, type ListItemSource } from "./list/items";
import { fetchActivityPage } from "./list/query";
import type { ProcessingActivity } from "./schemas";

const ZONE = "Europe/Paris";

export interface ActivityList {
  items: ActivityListItem[];
  total: number;
  pageSize: number;
}

/** One page of the current register, filtered and sorted in SQL on the indexed columns. */
export async function listActivities(
  actor: Actor,
  filters: RegisterFilters,
  now: Date,
  db: Executor = getDb(),
): Promise<ActivityList> {
  assertCan(actor, "register:read");
  if (filters.asOf) return listActivitiesAsOf(actor, filters, now, db);
  const { items, total } = await fetchActivityPage(db, filters, isoDateInZone(now, ZONE));
  return { items, total, pageSize: REGISTER_PAGE_SIZE };
}

interface VersionAt {
  reference: string;
  version: number;
  content: ProcessingActivity;
}

/** Each entry as its latest version saved by the end of `day` (entries created later are absent). Unsafe: no permission check, callers hold register:read. */
export async function unsafeVersionsAsOf(day: string, db: Executor): Promise<VersionAt[]> {
  const result = await db.execute(sql`
    select distinct on (v.activity_id) a.reference, v.version, v.content
    from ${pav} v join ${pa} a on a.id = v.activity_id
    where v.saved_at < ${startOfDayInZone(day, ZONE, 1).toISOString()}
    order by v.activity_id, v.version desc`);
  return rowsOf<VersionAt>(result).map((row) => ({ ...row, version: Number(row.version) }));
}

/** The register as it stood at the end of `filters.asOf` (Art. 30(4): what the authority may ask to see). */
async function listActivitiesAsOf(
  actor: Actor,
  filters: RegisterFilters,
  now: Date,
  db: Executor,
): Promise<ActivityList> {
  const today = filters.asOf!;
  const sources: ListItemSource[] = (await unsafeVersionsAsOf(filters.asOf!, db)).map(
    ({ reference, version, content }) => {
      const columns = deriveListColumns(content);
      return { ...columns, reference, version };
    },
  );
  const matching = sources.filter((item) => matchesFilters(item, filters, today));
  const { items, total } = sortAndPage(matching, filters, REGISTER_PAGE_SIZE, today);
  return { items, total, pageSize: REGISTER_PAGE_SIZE };
}

export async function getActivity(
  actor: Actor,
  reference: string,
  db: Executor = getDb(),
): Promise<ActivityDetail | null> {
  assertCan(actor, "register:read");
  const [row] = await db.select().from(pa).where(eq(pa.reference, reference));
  if (!row) return null;
  return {
    reference: row.reference,
    version: row.version,
    status: row.status,
    content: row.content as ProcessingActivity,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The timeline of an entry, newest first. */
export async function listVersions(actor: Actor, reference: string, db: Executor = getDb()): Promise<VersionSummary[]> {
  assertCan(actor, "register:read");
  const rows = await db
    .select({
      version: pav.version,
      status: pav.status,
      savedAt: pav.savedAt,
      savedByLabel: pav.savedByLabel,
      change: pav.change,
    })
    .from(pav)
    .innerJoin(pa, eq(pa.id, pav.activityId))
    .where(eq(pa.reference, reference))
    .orderBy(sql`${pav.version} desc`);
  return rows.map((row) => ({ ...row, savedAt: row.savedAt.toISOString() }));
}

async function versionContent(reference: string, version: number, db: Executor): Promise<ProcessingActivity | null> {
  const [row] = await db
    .select({ content: pav.content })
    .from(pav)
    .innerJoin(pa, eq(pa.id, pav.activityId))
    .where(and(eq(pa.reference, reference), eq(pav.version, version)));
  return (row?.content as ProcessingActivity | undefined) ?? null;
}

/** One past version of an entry (the register "as of" a date links to it). */
export async function getVersion(
  actor: Actor,
  reference: string,
  version: number,
  db: Executor = getDb(),
): Promise<ProcessingActivity | null> {
  assertCan(actor, "register:read");
  return versionContent(reference, version, db);
}

/** Field-by-field differences between two versions of an entry; null when either does not exist. */
export async function diffVersions(
  actor: Actor,
  reference: string,
  from: number,
  to: number,
  db: Executor = getDb(),
): Promise<DiffChange[] | null> {
  assertCan(actor, "register:read");
  const [before, after] = await Promise.all([versionContent(reference, from, db), versionContent(reference, to, db)]);
  if (!before || !after) return null;
  return diffProcessingActivities(before, after);
}

/** The overview card: register completeness, entries whose required DPIA is not done, overdue reviews. */
export async function registerSummary(actor: Actor, now: Date, db: Executor = getDb()): Promise<RegisterSummary> {
  assertCan(actor, "register:read");
  const today = isoDateInZone(now, ZONE);
  const current = ne(pa.status, "retired");
  const [row] = await db
    .select({
      score: sql<string | null>`round(avg(${pa.completenessScore}))`,
      entryCount: count(),
      missingDpia: sql<number>`count(*) filter (where ${pa.isDpiaRequired} and ${pa.dpiaStatus} <> 'done')`,
      activeMissingDpia: sql<number>`count(*) filter (where ${pa.isDpiaRequired} and ${pa.dpiaStatus} <> 'done' and ${pa.status} = 'active')`,
      reviewsOverdue: sql<number>`count(*) filter (where ${lt(pa.nextReviewOn, today)})`,
    })
    .from(pa)
    .where(current);
  return {
    score: row?.score === null || row?.score === undefined ? null : Number(row.score),
    entryCount: Number(row?.entryCount ?? 0),
    missingDpia: Number(row?.missingDpia ?? 0),
    activeMissingDpia: Number(row?.activeMissingDpia ?? 0),
    reviewsOverdue: Number(row?.reviewsOverdue ?? 0),
  };
}
