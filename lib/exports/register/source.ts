import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import type { ProcessingActivity } from "@/lib/register/schemas";
import { startOfDayInZone } from "@/lib/time/zone-days";

/**
 * The register read for export, a page at a time with keyset pagination (never OFFSET, never the
 * whole register in memory): the current entries, or each entry as saved at the end of `asOf` in
 * the organisation's zone (the register history, like `/register?asOf=`).
 */
export interface RegisterRecord {
  reference: string;
  version: number;
  status: ProcessingActivity["status"];
  /** When this version was saved (the current version's last update). */
  savedAt: Date;
  content: ProcessingActivity;
}

export interface RegisterSelection {
  /** YYYY-MM-DD: each entry as saved by the end of that day; entries created later are absent. */
  asOf?: string | null;
  activeOnly?: boolean;
  /** One entry, `TRT-0042`. */
  reference?: string | null;
}

export const REGISTER_PAGE_SIZE = 200;

/**
 * References sort as people read them (`TRT-9999` before `TRT-10000`): by length, then text.
 * The keyset is the last reference of the previous page.
 */
function after(reference: string | null): SQL {
  return reference === null
    ? sql`true`
    : sql`(length(a.reference), a.reference) > (${reference.length}::int, ${reference}::text)`;
}

interface Row {
  reference: string;
  version: number;
  status: RegisterRecord["status"];
  saved_at: string | Date;
  content: ProcessingActivity | string;
}

function toRecord(row: Row): RegisterRecord {
  return {
    reference: row.reference,
    version: Number(row.version),
    status: row.status,
    savedAt: new Date(row.saved_at),
    content: typeof row.content === "string" ? (JSON.parse(row.content) as ProcessingActivity) : row.content,
  };
}

/** One page of the register after the entry `afterReference` (null: from the start). */
export async function readRegisterRecords(
  db: Executor,
  selection: RegisterSelection,
  options: { afterReference: string | null; limit: number; timeZone: string },
): Promise<RegisterRecord[]> {
  const one = selection.reference ? sql`a.reference = ${selection.reference}` : sql`true`;
  const where = sql`${after(options.afterReference)} and ${one}`;
  if (selection.asOf) {
    const cutoff = startOfDayInZone(selection.asOf, options.timeZone, 1).toISOString();
    const active = selection.activeOnly ? sql`v.status = 'active'` : sql`true`;
    const result = await db.execute(sql`
      select a.reference, v.version, v.status, v.saved_at, v.content
      from processing_activities a
      cross join lateral (
        select pv.version, pv.status, pv.saved_at, pv.content from processing_activity_versions pv
        where pv.activity_id = a.id and pv.saved_at < ${cutoff}::timestamptz
        order by pv.version desc limit 1) v
      where ${where} and ${active}
      order by length(a.reference), a.reference
      limit ${options.limit}`);
    return rowsOf<Row>(result).map(toRecord);
  }
  const active = selection.activeOnly ? sql`a.status = 'active'` : sql`true`;
  const result = await db.execute(sql`
    select a.reference, a.version, a.status, a.updated_at as saved_at, a.content
    from processing_activities a
    where ${where} and ${active}
    order by length(a.reference), a.reference
    limit ${options.limit}`);
  return rowsOf<Row>(result).map(toRecord);
}

/** Every page of the register for `selection`, in reference order. */
export async function* registerPages(
  db: Executor,
  selection: RegisterSelection,
  options: { timeZone: string; pageSize?: number },
): AsyncGenerator<RegisterRecord[]> {
  const limit = options.pageSize ?? REGISTER_PAGE_SIZE;
  let afterReference: string | null = null;
  for (;;) {
    const page = await readRegisterRecords(db, selection, { afterReference, limit, timeZone: options.timeZone });
    if (page.length > 0) yield page;
    if (page.length < limit) return;
    afterReference = page[page.length - 1]!.reference;
  }
}
