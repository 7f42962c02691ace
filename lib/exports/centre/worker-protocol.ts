import type { RenderRequest } from "./generate";
import type { CompletedExport } from "./record";

/** What an export's worker thread is given (structured-cloned): the database URL and the request without its live parts. */
export interface WorkerRequest {
  url: string;
  request: Omit<RenderRequest, "db" | "renderer" | "onProgress">;
}

export type WorkerProgress = Parameters<NonNullable<RenderRequest["onProgress"]>>[0];

/** What it answers: progress as it renders, then the completed file or the error (its message and code only). */
export type WorkerReply =
  | { type: "progress"; progress: WorkerProgress }
  | { type: "done"; file: CompletedExport & { path: string } }
  | { type: "error"; error: { name: string; message: string; code?: string; cause?: string } };
