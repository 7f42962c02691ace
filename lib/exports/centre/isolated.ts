import { getDatabaseHandle } from "@/db/client";
import { createExportWorkerPool } from "./export-worker";
import { renderToFile, type RenderRequest } from "./generate";
import { renderPackInWorkers } from "./pack-in-workers";
import type { RenderedFile } from "./worker-pool";

/**
 * `renderToFile` in a worker thread of its own, with a bounded heap, on its own pool of the
 * PostgreSQL database at `url`: the garbage of a large export stays out of the server's heap, and
 * the server's memory does not grow with the data exported. Same result and errors as in-thread
 * (an error keeps its message, code and cause's message); a worker out of memory rejects too.
 */
export async function renderInWorker(url: string, request: RenderRequest): Promise<RenderedFile> {
  const { db: _db, renderer: _renderer, onProgress, ...job } = request;
  const pool = createExportWorkerPool(url, 1);
  try {
    return await pool.render(job, onProgress);
  } finally {
    await pool.close();
  }
}

/**
 * Generate an export's file the way the server does: on PostgreSQL (`db` omitted: the process-wide
 * database) in worker threads — one for a report (`renderInWorker`), a pool of them rendering the
 * audit pack's files side by side (`renderPackInWorkers`); in embedded PGlite mode, or with a `db`
 * given (tests, a transaction), in this thread — PGlite is one in-process database a worker cannot share.
 */
export function renderExport(request: RenderRequest, options: { isolate: boolean }): Promise<RenderedFile> {
  const url = options.isolate ? getDatabaseHandle().url : undefined;
  if (!url) return renderToFile(request);
  return request.report === "audit-pack" ? renderPackInWorkers(url, request) : renderInWorker(url, request);
}
