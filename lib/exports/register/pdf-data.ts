import { sql } from "drizzle-orm";
import { rowsOf, type Executor } from "@/db/client";
import type { ProcessingActivity } from "@/lib/register/schemas";
import { startOfDayInZone } from "@/lib/time/zone-days";
import { keysetPages } from "../pdf/snapshot";

/** One register entry as the PDF prints it: the current row, or the version saved by the "as of" day. */
export interface RegisterPdfRow {
  reference: string;
  version: number;
  status: ProcessingActivity["status"];
  content: ProcessingActivity;
}

/** Art. 30(1) (controller and joint controller) or Art. 30(2) (processor). */
export type RegisterPart = "controller" | "processor";

export interface RegisterSelection {
  part: RegisterPart;
  activeOnly: boolean;
  /** Only this entry (TRT-…); null: every entry of the part. */
  reference: string | null;
  /** The register as saved at the end of this day (YYYY-MM-DD) in `timeZone`; null: the current register. */
  asOf: string | null;
  timeZone: string;
}

const roleFilter = (part: RegisterPart, column: ReturnType<typeof sql>) =>
  part === "processor" ? sql`${column} = 'processor'` : sql`${column} in ('controller', 'joint_controller')`;

/** The entries a selection holds (before any limit): the current rows, or each entry's version saved by the "as of" day. */
function selectionQuery(
  selection: RegisterSelection,
  after: string | null,
  content: (column: ReturnType<typeof sql>) => ReturnType<typeof sql>,
) {
  const afterClause = sql`${after === null ? sql`true` : sql`a.reference > ${after}`} and ${selection.reference === null ? sql`true` : sql`a.reference = ${selection.reference}`}`;
  const statusClause = (column: ReturnType<typeof sql>) =>
    selection.activeOnly ? sql`${column} = 'active'` : sql`true`;
  return selection.asOf === null
    ? sql`select a.reference, a.version, a.status::text as status, ${content(sql`a.content`)} as content from processing_activities a
          where ${afterClause} and ${roleFilter(selection.part, sql`a.role::text`)} and ${statusClause(sql`a.status::text`)}`
    : sql`select reference, version, status, ${content(sql`latest.content`)} as content from (
            select distinct on (a.reference) a.reference, v.version, v.status::text as status, v.content
            from processing_activity_versions v join processing_activities a on a.id = v.activity_id
            where ${afterClause} and v.saved_at < ${startOfDayInZone(selection.asOf, selection.timeZone, 1).toISOString()}
            order by a.reference, v.version desc
          ) latest where ${roleFilter(selection.part, sql`latest.content->>'role'`)} and ${statusClause(sql`latest.status`)}`;
}

async function fetchPage(
  db: Executor,
  selection: RegisterSelection,
  after: string | null,
  size: number,
  titlesOnly: boolean,
): Promise<RegisterPdfRow[]> {
  // The table of contents needs only names: the database sends `{ name }` instead of the whole entry.
  const content = (column: ReturnType<typeof sql>) =>
    titlesOnly ? sql`jsonb_build_object('name', ${column}->'name')` : column;
  const query = sql`${selectionQuery(selection, after, content)} order by reference limit ${size}`;
  return rowsOf<{ reference: string; version: number; status: string; content: unknown }>(await db.execute(query)).map(
    (row) => ({
      reference: row.reference,
      version: Number(row.version),
      status: row.status as RegisterPdfRow["status"],
      content: (typeof row.content === "string" ? JSON.parse(row.content) : row.content) as ProcessingActivity,
    }),
  );
}

/**
 * The entries of one part of the register in reference order, a page at a time (keyset
 * pagination); with `titlesOnly` the content holds only the name (for the table of contents).
 */
export function registerPages(
  db: Executor,
  selection: RegisterSelection,
  { size = 100, titlesOnly = false } = {},
): AsyncGenerator<RegisterPdfRow[]> {
  return keysetPages(
    (after: string | null, n) => fetchPage(db, selection, after, n, titlesOnly),
    (row) => row.reference,
    titlesOnly ? 1000 : size,
  );
}

/** How many entries the selections hold (a progress bar's total): one count per selection, in the database. */
export async function countEntries(db: Executor, selections: readonly RegisterSelection[]): Promise<number> {
  let count = 0;
  for (const selection of selections) {
    const query = sql`select count(*)::int as n from (${selectionQuery(selection, null, () => sql`null`)}) s`;
    count += Number(rowsOf<{ n: number | string }>(await db.execute(query))[0]?.n ?? 0);
  }
  return count;
}
