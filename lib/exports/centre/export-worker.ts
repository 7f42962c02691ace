import { Worker, type ResourceLimits, type WorkerOptions } from "node:worker_threads";
import { createWorkerPool, type WorkerPool } from "./worker-pool";
import type { WorkerSetup } from "./worker-protocol";

/**
 * The heap of an export's worker. A renderer keeps 40–70 MB alive (fonts, shapes, one page of
 * rows), but the garbage of a long render would be collected late: with the server's heap limit
 * (4 GB here) V8 lets the old generation grow to 4× what survived the last full collection before
 * the next one, so peak memory grew with the size of the export. Under a 512 MB limit V8 grows it by
 * about 1.4× instead, and an export that would need more fails alone instead of swelling the server.
 */
export const EXPORT_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512 };

/**
 * A worker running `./render-worker.ts`. In the Next.js server it is the bundled entry (Turbopack
 * bundles `new Worker(new URL(...))`). Run from sources (scripts, the benchmark, tests), Node 20
 * cannot run TypeScript in a worker: its first module registers tsx and the `server-only` stub
 * (what `tsx --import ./scripts/server-modules.mjs` does for the main thread), then imports the entry
 * (`tsx` is found from the working directory: the repository's root).
 */
export function startExportWorker(url: string): Worker {
  const options: WorkerOptions = { workerData: { url } satisfies WorkerSetup, resourceLimits: EXPORT_WORKER_LIMITS };
  if (process.env.NEXT_RUNTIME) return new Worker(new URL("./render-worker.ts", import.meta.url), options);
  const stub = new URL("../../../scripts/server-modules.mjs", import.meta.url).href;
  const entry = new URL("./render-worker.ts", import.meta.url).href;
  const boot = `import("tsx/esm/api").then(async ({ register }) => {
    register();
    await import(${JSON.stringify(stub)});
    await import(${JSON.stringify(entry)});
  });`;
  return new Worker(boot, { ...options, eval: true, execArgv: [] });
}

/** Up to `size` export workers on the PostgreSQL database at `url`, each with its bounded heap and its own small pool. */
export function createExportWorkerPool(url: string, size: number): WorkerPool {
  return createWorkerPool(size, () => startExportWorker(url));
}
