import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { Executor } from "@/db/client";
import { organisation } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zone-days";
import type { ExportContext, ExportFormat, ExportScope, ReportKind, ReportRenderer } from "../contract";
import { writeReportFile } from "./file-writer";
import type { CompletedExport } from "./record";
import { exportDirectory, storageKeyOf, storagePath, sweepPartFiles } from "./storage";

export interface RenderRequest {
  db: Executor;
  /** Who the document is generated for (renderers may word it for them). */
  actor: Actor;
  /** The author the document names when not the person (an API key's label). */
  author?: string;
  renderer: ReportRenderer;
  report: ReportKind;
  format: ExportFormat;
  scope: ExportScope;
  locale: "fr" | "en";
  now: Date;
  /** Default: VIGIE_EXPORT_DIR or <data dir>/exports. */
  directory?: string;
  onProgress?: (progress: { done?: number; total?: number | null; bytes?: number }) => void;
}

/**
 * Run a renderer into a complete file of the export directory, hashed and measured as it
 * streams; not yet in the history (the caller records it with `recordExport`, and removes
 * `path` if that fails). On any error nothing is left on disk.
 */
export async function renderToFile(request: RenderRequest): Promise<CompletedExport & { path: string }> {
  const directory = request.directory ?? exportDirectory();
  await fs.promises.mkdir(directory, { recursive: true });
  await sweepPartFiles(directory, request.now);
  const [org] = await request.db.select({ timeZone: organisation.timeZone }).from(organisation).limit(1);
  const ctx: ExportContext = {
    db: request.db,
    actor: request.actor,
    ...(request.author ? { author: request.author } : {}),
    locale: request.locale,
    now: request.now,
    timeZone: org?.timeZone ?? DEFAULT_TIME_ZONE,
    onProgress: (done, total) => request.onProgress?.({ done, total }),
  };
  const id = randomUUID();
  const storageKey = storageKeyOf(id, request.format);
  const path = storagePath(directory, storageKey);
  const file = await writeReportFile(
    path,
    (out) => request.renderer.render(ctx, request.scope, request.format, out),
    (bytes) => request.onProgress?.({ bytes }),
  );
  return {
    id,
    report: request.report,
    format: request.format,
    scope: request.scope,
    fileName: request.renderer.fileName(request.scope, request.format, request.now),
    ...file,
    storageKey,
    path,
  };
}
