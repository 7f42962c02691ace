import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createAuditPackRenderer } from "../pack/renderer";
import { rendererFor } from "../registry";
import { createExportWorkerPool } from "./export-worker";
import { renderToFile, type RenderRequest } from "./generate";
import { exportDirectory, partPath } from "./storage";
import type { RenderedFile } from "./worker-pool";

/** The audit pack's files rendered at once: one worker per core of this 2-core server. */
export const PACK_WORKERS = 2;

/**
 * The audit pack on PostgreSQL: its own small work (signing key, audit log head, manifest,
 * signature, the ZIP) in this thread, its report files rendered side by side by a pool of
 * `PACK_WORKERS` long-lived workers, each file into a temporary directory of the export directory
 * (`<id>.part`: a server that dies mid-pack leaves it to `sweepPartFiles`), each read into the ZIP
 * as soon as it is done (the manifest keeps the pack's order). The same files, manifest and signature
 * as in-thread; any failure rejects with the failing file's error, stops the other renders and
 * removes every temporary file.
 */
export async function renderPackInWorkers(url: string, request: RenderRequest): Promise<RenderedFile> {
  const directory = request.directory ?? exportDirectory();
  const parts = partPath(path.join(directory, randomUUID()));
  await fs.promises.mkdir(parts, { recursive: true });
  const pool = createExportWorkerPool(url, PACK_WORKERS);
  try {
    const renderer = createAuditPackRenderer({
      rendererFor,
      renderFile: ({ spec, scope }, ctx) =>
        pool.render({
          actor: ctx.actor,
          ...(ctx.author ? { author: ctx.author } : {}),
          report: spec.kind,
          format: spec.format,
          scope,
          locale: ctx.locale,
          now: ctx.now,
          directory: parts,
        }),
    });
    return await renderToFile({ ...request, directory, renderer });
  } finally {
    await pool.close();
    await fs.promises.rm(parts, { recursive: true, force: true });
  }
}
