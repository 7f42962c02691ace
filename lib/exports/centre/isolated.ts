import { Worker, type ResourceLimits, type WorkerOptions } from "node:worker_threads";
import { getDatabaseHandle } from "@/db/client";
import { renderToFile, type RenderRequest } from "./generate";
import type { CompletedExport } from "./record";
import type { WorkerReply, WorkerRequest } from "./worker-protocol";

/**
 * The heap of an export's worker. A renderer keeps 40–70 MB alive (fonts, shapes, one page of
 * rows), but the garbage of a long render would be collected late: with the server's heap limit
 * (4 GB here) V8 lets the old generation grow to 4× what survived the last full collection before
 * the next one, so peak memory grew with the size of the export. Under a 512 MB limit V8 grows it by
 * about 1.4× instead, and an export that would need more fails alone instead of swelling the server.
 */
export const EXPORT_WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512 };

/**
 * The worker running `./render-worker.ts`. In the Next.js server it is the bundled entry (Turbopack
 * bundles `new Worker(new URL(...))`). Run from sources (scripts, the benchmark, tests), Node 20
 * cannot run TypeScript in a worker: its first module registers tsx and the `server-only` stub
 * (what `tsx --import ./scripts/server-modules.mjs` does for the main thread), then imports the entry
 * (`tsx` is found from the working directory: the repository's root).
 */
function startWorker(data: WorkerRequest): Worker {
  const options: WorkerOptions = { workerData: data, resourceLimits: EXPORT_WORKER_LIMITS };
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

function errorOf(reply: Extract<WorkerReply, { type: "error" }>["error"]): Error {
  const error = new Error(reply.message, reply.cause ? { cause: new Error(reply.cause) } : undefined);
  error.name = reply.name;
  if (reply.code) Object.assign(error, { code: reply.code });
  return error;
}

/**
 * `renderToFile` in a worker thread of its own, with a bounded heap, on its own pool of the
 * PostgreSQL database at `url`: the garbage of a large export stays out of the server's heap, and
 * the server's memory does not grow with the data exported. Same result and errors as in-thread
 * (an error keeps its message, code and cause's message); a worker out of memory rejects too.
 */
export function renderInWorker(url: string, request: RenderRequest): Promise<CompletedExport & { path: string }> {
  const { db: _db, renderer: _renderer, onProgress, ...rest } = request;
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      finish();
    };
    const worker = startWorker({ url, request: rest });
    worker.on("message", (reply: WorkerReply) => {
      if (reply.type === "progress") onProgress?.(reply.progress);
      else if (reply.type === "done") settle(() => resolve(reply.file));
      else settle(() => reject(errorOf(reply.error)));
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(new Error(`export worker stopped (exit code ${code})`))));
  });
}

/**
 * Generate an export's file the way the server does: on PostgreSQL (`db` omitted: the process-wide
 * database) in a worker thread (`renderInWorker`); in embedded PGlite mode, or with a `db` given
 * (tests, a transaction), in this thread — PGlite is one in-process database a worker cannot share.
 */
export function renderExport(request: RenderRequest, options: { isolate: boolean }) {
  const url = options.isolate ? getDatabaseHandle().url : undefined;
  return url ? renderInWorker(url, request) : renderToFile(request);
}
