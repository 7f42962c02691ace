import { purgeExpiredExports, type PurgeResult } from "./retention";

export const RETENTION_INTERVAL_MS = 3_600_000;

type Purge = (options: { now: Date }) => Promise<PurgeResult>;

/**
 * Run the export retention purge now and then every hour in this server process (started from
 * instrumentation.ts). Runs never overlap; a failure is logged (message only) and retried at the
 * next tick. The timer does not keep the process alive. Returns a function that stops it.
 */
export function startExportRetention(
  options: {
    intervalMs?: number;
    purge?: Purge;
    clock?: () => Date;
    log?: (line: string) => void;
  } = {},
): () => void {
  const {
    intervalMs = RETENTION_INTERVAL_MS,
    purge = purgeExpiredExports,
    clock = () => new Date(),
    log = (line) => console.log(line),
  } = options;
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = purge({ now: clock() })
      .then((result) => {
        if (result.expired > 0)
          log(`[vigie] export retention: ${result.expired} export(s) expired, ${result.filesDeleted} file(s) deleted`);
      })
      .catch((error: unknown) => log(`[vigie] export retention failed: ${(error as Error).message}`))
      .finally(() => {
        running = null;
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
