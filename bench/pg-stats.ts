import type pg from "pg";

/**
 * PostgreSQL's own counters around a benchmark phase: WAL records and full-page images, who wrote
 * dirty buffers (backends evicting them themselves, the checkpointer, the background writer), and
 * per table (partitions summed under their parent) the blocks read from outside shared buffers.
 */
export interface PgStats {
  wal: { records: number; fpi: number; bytes: number; buffersFull: number };
  writes: { backend: number; checkpoint: number; clean: number; checkpoints: number };
  reads: Map<string, { heap: number; index: number; hits: number }>;
}

/** `sql`: any connection (WAL and writes are the server's); `database`: one to the benchmark's database (its tables). */
export async function pgStats(sql: pg.Client, database: pg.Client): Promise<PgStats> {
  // Other backends publish their counters when idle; give them a moment.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const {
    rows: [wal],
  } = await sql.query<{ records: number; fpi: number; bytes: number; full: number }>(
    `select wal_records::float8 as records, wal_fpi::float8 as fpi, wal_bytes::float8 as bytes, wal_buffers_full::float8 as full from pg_stat_wal`,
  );
  const {
    rows: [bg],
  } = await sql.query<{ backend: number; checkpoint: number; clean: number; checkpoints: number }>(
    `select buffers_backend::float8 as backend, buffers_checkpoint::float8 as checkpoint, buffers_clean::float8 as clean,
    (checkpoints_timed + checkpoints_req)::float8 as checkpoints from pg_stat_bgwriter`,
  );
  const { rows: tables } = await database.query<{ name: string; heap: number; index: number; hits: number }>(`
    select coalesce(parent.relname, t.relname) as name, sum(coalesce(t.heap_blks_read, 0) + coalesce(t.toast_blks_read, 0))::float8 as heap,
           sum(coalesce(t.idx_blks_read, 0))::float8 as index, sum(coalesce(t.heap_blks_hit, 0) + coalesce(t.idx_blks_hit, 0))::float8 as hits
    from pg_statio_user_tables t
    left join pg_inherits i on i.inhrelid = t.relid left join pg_class parent on parent.oid = i.inhparent
    group by 1`);
  return {
    wal: { records: wal!.records, fpi: wal!.fpi, bytes: wal!.bytes, buffersFull: wal!.full },
    writes: { backend: bg!.backend, checkpoint: bg!.checkpoint, clean: bg!.clean, checkpoints: bg!.checkpoints },
    reads: new Map(
      tables.map((t) => [String(t.name), { heap: Number(t.heap), index: Number(t.index), hits: Number(t.hits) }]),
    ),
  };
}

/** WAL bytes written between two readings. */
export const walBytesBetween = (before: PgStats, after: PgStats) => after.wal.bytes - before.wal.bytes;

/** What a phase of `events` events cost PostgreSQL, per event, as printable lines. */
export function pgStatsBetween(before: PgStats, after: PgStats, events: number): string[] {
  const per = (n: number) => (n / events).toFixed(2);
  const lines = [
    `WAL records ${per(after.wal.records - before.wal.records)}, full-page images ${per(after.wal.fpi - before.wal.fpi)} per event (WAL buffers full ${after.wal.buffersFull - before.wal.buffersFull} times)`,
    `dirty buffers written per event: by backends ${per(after.writes.backend - before.writes.backend)}, checkpointer ${per(after.writes.checkpoint - before.writes.checkpoint)}, background writer ${per(after.writes.clean - before.writes.clean)}; ${after.writes.checkpoints - before.writes.checkpoints} checkpoints`,
  ];
  const reads = [...after.reads]
    .map(([name, now]) => {
      const then = before.reads.get(name) ?? { heap: 0, index: 0, hits: 0 };
      return { name, heap: now.heap - then.heap, index: now.index - then.index, hits: now.hits - then.hits };
    })
    .filter((r) => r.heap + r.index > events / 100)
    .sort((a, b) => b.heap + b.index - (a.heap + a.index));
  lines.push(
    `blocks read from outside shared buffers per event: ${reads.map((r) => `${r.name} ${per(r.heap)} heap + ${per(r.index)} index (hits ${per(r.hits)})`).join("; ") || "none"}`,
  );
  return lines;
}
