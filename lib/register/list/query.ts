import { and, arrayContains, asc, count, desc, eq, gt, lt, ne, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { processingActivities as pa } from "@/db/schema";
import { REGISTER_PAGE_SIZE, type RegisterFilters, type RegisterSort } from "./filters";
import { toListItem, type ActivityListItem } from "./items";

/** A full-text query in the `simple` configuration, each word a prefix: "centre d'app" → `centre:* & d:* & app:*`. */
export function prefixQuery(text: string): string | null {
  const words = text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => `${word.toLowerCase()}:*`);
  return words.length ? words.join(" & ") : null;
}

/** The WHERE clause of the register list: every filter of the URL, on indexed columns. */
export function listConditions(filters: RegisterFilters, today: string): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  const query = filters.q ? prefixQuery(filters.q) : null;
  if (query)
    parts.push(sql`(${pa.search} @@ to_tsquery('simple', ${query}) or ${pa.reference} = ${filters.q!.toUpperCase()})`);
  if (filters.legalBasis) parts.push(arrayContains(pa.legalBases, [filters.legalBasis]));
  if (filters.status) parts.push(eq(pa.status, filters.status));
  if (filters.role) parts.push(eq(pa.role, filters.role));
  if (filters.dpia === "required") parts.push(eq(pa.isDpiaRequired, true));
  if (filters.dpia === "done") parts.push(eq(pa.dpiaStatus, "done"));
  if (filters.dpia === "missing") parts.push(and(eq(pa.isDpiaRequired, true), ne(pa.dpiaStatus, "done")));
  if (filters.special) parts.push(eq(pa.hasSpecialData, true));
  if (filters.traffic) parts.push(eq(pa.hasTrafficData, true));
  if (filters.location) parts.push(eq(pa.hasLocationData, true));
  if (filters.transfer) parts.push(eq(pa.hasTransfers, true));
  if (filters.overdue) parts.push(and(lt(pa.nextReviewOn, today), ne(pa.status, "retired")));
  if (filters.incomplete) parts.push(gt(pa.missingCount, 0));
  const present = parts.filter((p): p is SQL => p !== undefined);
  return present.length ? and(...present) : undefined;
}

const referenceOrder = [sql`length(${pa.reference})`, pa.reference];

const SORT_COLUMNS: Record<RegisterSort, SQL[]> = {
  reference: [],
  name: [sql`${pa.name}`],
  role: [sql`${pa.role}`],
  status: [sql`${pa.status}`],
  dpia: [sql`${pa.isDpiaRequired}`, sql`${pa.dpiaStatus}`],
  completeness: [sql`${pa.completenessScore}`],
  nextReview: [sql`${pa.nextReviewOn}`],
  owner: [sql`${pa.businessOwner}`],
};

/** ORDER BY of the list: the chosen column, then the reference (stable pages). */
export function listOrder(filters: RegisterFilters): SQL[] {
  const direction = filters.dir === "desc" ? desc : asc;
  const primary = SORT_COLUMNS[filters.sort].map((column) =>
    filters.sort === "nextReview" ? sql`${column} ${sql.raw(filters.dir)} nulls last` : direction(column),
  );
  const tie =
    filters.sort === "reference" ? referenceOrder.map((c) => direction(c)) : referenceOrder.map((c) => asc(c));
  return [...primary, ...tie];
}

export const listColumns = {
  reference: pa.reference,
  version: pa.version,
  name: pa.name,
  role: pa.role,
  status: pa.status,
  legalBases: pa.legalBases,
  isDpiaRequired: pa.isDpiaRequired,
  dpiaStatus: pa.dpiaStatus,
  completenessScore: pa.completenessScore,
  nextReviewOn: pa.nextReviewOn,
  businessOwner: pa.businessOwner,
};

/**
 * One page of the current register and the number of matching entries, without authorization:
 * `listActivities` checks the permission first; the benchmark calls this directly.
 */
export async function fetchActivityPage(
  db: Executor,
  filters: RegisterFilters,
  today: string,
): Promise<{ items: ActivityListItem[]; total: number }> {
  const where = listConditions(filters, today);
  const [rows, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(pa)
      .where(where)
      .orderBy(...listOrder(filters))
      .limit(REGISTER_PAGE_SIZE)
      .offset((filters.page - 1) * REGISTER_PAGE_SIZE),
    db.select({ value: count() }).from(pa).where(where),
  ]);
  const flags = {
    hasSpecialData: false,
    hasTrafficData: false,
    hasLocationData: false,
    hasTransfers: false,
    missingCount: 0,
  };
  return { items: rows.map((row) => toListItem({ ...row, ...flags }, today)), total: total?.value ?? 0 };
}
