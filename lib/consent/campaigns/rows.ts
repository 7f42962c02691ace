import { sql } from "drizzle-orm";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { rowsOf, type Tx } from "@/db/client";

/** Each distinct reference of the list with its current state for the purpose: true, false, or null (never asked). */
export type RowVisitor = (reference: string, optedIn: boolean | null) => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The one join: the list's distinct references, each with its state for the purpose (the primary key's lookup). */
function joinSql(purposeId: string): string {
  if (!UUID.test(purposeId)) throw new Error("purpose id is not a UUID");
  return `select r.ref, s.opted_in from (select distinct ref from campaign_refs) r
    left join consent_state s on s.subscriber_ref = r.ref and s.purpose_id = '${purposeId}'::uuid`;
}

const COPY_UNESCAPES: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v" };
const unescapeCopy = (value: string) => value.replace(/\\(.)/g, (_, c: string) => COPY_UNESCAPES[c] ?? c);

/**
 * PostgreSQL: `COPY (join) TO STDOUT`, read as it streams (text rows `ref<TAB>t|f|\N`), so the
 * answer starts while the join runs and no result set is held. `afterChunk` applies backpressure.
 */
async function copyRows(
  tx: Tx,
  client: pg.PoolClient,
  purposeId: string,
  visit: RowVisitor,
  afterChunk: () => Promise<void>,
): Promise<void> {
  // The planner knows nothing of a fresh temporary table: statistics make it pick the right join.
  await tx.execute(sql`analyze campaign_refs`);
  const stream = client.query(copyTo(`copy (${joinSql(purposeId)}) to stdout`));
  const decoder = new TextDecoder();
  let pending = "";
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = pending + decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      const tab = text.lastIndexOf("\t", nl);
      const flag = text.charCodeAt(nl - 1);
      const raw = text.slice(start, tab);
      visit(raw.includes("\\") ? unescapeCopy(raw) : raw, flag === 116 ? true : flag === 102 ? false : null);
      start = nl + 1;
    }
    pending = text.slice(start);
    await afterChunk();
  }
}

const FETCH = 10_000;

/** PGlite: the same join through a cursor, fetched by 10,000 rows. */
async function cursorRows(
  tx: Tx,
  purposeId: string,
  visit: RowVisitor,
  afterChunk: () => Promise<void>,
): Promise<void> {
  await tx.execute(sql.raw(`declare campaign_rows no scroll cursor for ${joinSql(purposeId)}`));
  for (;;) {
    const rows = rowsOf<{ ref: string; opted_in: boolean | null }>(
      await tx.execute(sql.raw(`fetch forward ${FETCH} from campaign_rows`)),
    );
    for (const row of rows) visit(row.ref, row.opted_in);
    await afterChunk();
    if (rows.length < FETCH) break;
  }
  await tx.execute(sql`close campaign_rows`);
}

export function forEachCheckRow(
  tx: Tx,
  client: pg.PoolClient | null,
  purposeId: string,
  visit: RowVisitor,
  afterChunk: () => Promise<void>,
): Promise<void> {
  return client ? copyRows(tx, client, purposeId, visit, afterChunk) : cursorRows(tx, purposeId, visit, afterChunk);
}
