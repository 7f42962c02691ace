import type pg from "pg";

/**
 * Samples what the database's client backends are doing (pg_stat_activity) every `everyMs` until
 * stopped: running on a core, waiting for a lock, for the disk, for the WAL, or idle in a transaction
 * while the application computes its next statement. Prints each state's share of the samples.
 */
export function sampleBackendWaits(sql: pg.Client, database: string, everyMs = 50) {
  const counts = new Map<string, number>();
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await sql.query<{ state: string; wait_event_type: string | null; wait_event: string | null }>(
        `select state, wait_event_type, wait_event from pg_stat_activity
        where datname = $1 and backend_type = 'client backend' and pid <> pg_backend_pid() and state <> 'idle'`,
        [database],
      );
      for (const row of rows) {
        const what =
          row.state === "active"
            ? row.wait_event_type
              ? `${row.wait_event_type}:${row.wait_event}`
              : "on a core"
            : String(row.state);
        counts.set(what, (counts.get(what) ?? 0) + 1);
      }
      samples++;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async function stop(): Promise<string> {
    running = false;
    await loop;
    const busy = [...counts.values()].reduce((a, b) => a + b, 0) || 1;
    const shares = [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([what, n]) => `${what} ${((100 * n) / busy).toFixed(1)} %`);
    return `backends in a transaction (${samples} samples, ${(busy / Math.max(1, samples)).toFixed(2)} on average): ${shares.join(", ")}`;
  };
}
