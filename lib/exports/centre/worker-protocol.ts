import type { RenderRequest } from "./generate";
import type { CompletedExport } from "./record";

/** What an export's worker thread is started with (`workerData`): the database it opens its own pool on. */
export interface WorkerSetup {
  url: string;
}

/** A request without its live parts (structured-cloned to the worker). */
export type WorkerJob = Omit<RenderRequest, "db" | "renderer" | "onProgress">;

/**
 * What the main thread sends: render one export (the worker renders its requests one at a time,
 * and answers each with its id), or close (the worker finishes, closes its pool and exits).
 */
export type WorkerMessage =
  { type: "render"; id: number; request: WorkerJob; reportProgress: boolean } | { type: "close" };

export type WorkerProgress = Parameters<NonNullable<RenderRequest["onProgress"]>>[0];

export interface WorkerError {
  name: string;
  message: string;
  code?: string;
  cause?: string;
}

/** What it answers about request `id`: progress as it renders, then the completed file or the error (its message and code only). */
export type WorkerReply = { id: number } & (
  | { type: "progress"; progress: WorkerProgress }
  | { type: "done"; file: CompletedExport & { path: string } }
  | { type: "error"; error: WorkerError }
);
