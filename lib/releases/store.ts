import { and, count, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { pgArrayLiteral } from "@/db/pg-array";
import { consentPurposes, organisation, processingActivities as pa, releaseCells, releases } from "@/db/schema";
import type { RawCell } from "./csv-layout";
import type { PublishedCell } from "./differencing";

/**
 * Reads and writes of the releases shared by the upload, the decision and the pages. No
 * permission check here: callers are the route handler, the action wrapper's bodies and the
 * queries, which check first.
 */
export interface ReleaseEntry {
  id: string;
  reference: string;
  name: string;
  status: "draft" | "active" | "retired";
  legalBases: string[];
  /** Objection purposes (opt-out) serving the entry: the subscribers' right to object. */
  objectionPurposes: { key: string; labelFr: string; labelEn: string }[];
}

const legalBases = sql<
  string[]
>`array(select distinct p ->> 'legalBasis' from jsonb_array_elements(coalesce(${pa.content} -> 'purposes', '[]'::jsonb)) as p where p ->> 'legalBasis' is not null order by 1)`;

export async function unsafeReleaseEntries(
  db: Executor,
  where?: { reference?: string; id?: string },
): Promise<ReleaseEntry[]> {
  const rows = await db
    .select({ id: pa.id, reference: pa.reference, name: pa.name, status: pa.status, legalBases })
    .from(pa)
    .where(
      where?.reference ? eq(pa.reference, where.reference) : where?.id ? eq(pa.id, where.id) : eq(pa.status, "active"),
    )
    .orderBy(pa.reference);
  const purposes = await db
    .select({
      key: consentPurposes.key,
      labelFr: consentPurposes.labelFr,
      labelEn: consentPurposes.labelEn,
      refs: consentPurposes.registerRefs,
    })
    .from(consentPurposes)
    .where(eq(consentPurposes.kind, "objection"));
  return rows.map((row) => ({
    ...row,
    objectionPurposes: purposes
      .filter((p) => p.refs.includes(row.reference))
      .map(({ key, labelFr, labelEn }) => ({ key, labelFr, labelEn })),
  }));
}

export async function releaseThreshold(db: Executor): Promise<number> {
  const [row] = await db.select({ k: organisation.releaseThreshold }).from(organisation).where(eq(organisation.id, 1));
  return row?.k ?? 10;
}

export async function approvedReleasesOfSeries(db: Executor, series: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(releases)
    .where(and(eq(releases.series, series), eq(releases.status, "approved")));
  return row?.n ?? 0;
}

/** Published cells of the series' approved releases whose window meets [start, end). */
export async function earlierCells(
  db: Executor,
  series: string,
  start: number,
  end: number,
): Promise<(PublishedCell & { release: string })[]> {
  const rows = await db
    .select({
      release: releases.reference,
      area: releaseCells.area,
      dims: releaseCells.dims,
      windowStart: releaseCells.windowStart,
      windowEnd: releaseCells.windowEnd,
      count: releaseCells.count,
    })
    .from(releaseCells)
    .innerJoin(releases, eq(releases.id, releaseCells.releaseId))
    .where(
      and(
        eq(releases.series, series),
        eq(releases.status, "approved"),
        sql`${releaseCells.windowStart} < ${new Date(end).toISOString()}::timestamptz`,
        sql`${releaseCells.windowEnd} > ${new Date(start).toISOString()}::timestamptz`,
      ),
    );
  return rows.map((row) => ({ ...row, windowStart: row.windowStart.getTime(), windowEnd: row.windowEnd.getTime() }));
}

/** Published cells, one statement per batch (unnest), inside the caller's transaction. */
export async function insertCells(db: Executor, releaseId: string, cells: readonly RawCell[]): Promise<void> {
  if (cells.length === 0) return;
  const dims = cells.map((cell) => pgArrayLiteral(cell.dims));
  await db.execute(sql`
    insert into release_cells (release_id, area, dims, window_start, window_end, count)
    select ${releaseId}::uuid, c.area, c.dims::text[], timestamptz 'epoch' + c.start_ms * interval '1 millisecond',
           timestamptz 'epoch' + c.end_ms * interval '1 millisecond', c.count
    from unnest(${pgArrayLiteral(cells.map((cell) => cell.area))}::text[], ${pgArrayLiteral(dims)}::text[],
                ${pgArrayLiteral(cells.map((cell) => cell.windowStart))}::int8[],
                ${pgArrayLiteral(cells.map((cell) => cell.windowEnd))}::int8[], ${pgArrayLiteral(cells.map((cell) => cell.count))}::int4[])
      as c(area, dims, start_ms, end_ms, count)`);
}
