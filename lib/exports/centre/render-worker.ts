/**
 * The entry of an export's worker thread (see ./isolated.ts): opens a small pool of its own on
 * the server's PostgreSQL database, renders the requested export to its file with `renderToFile`
 * (the same code as in-thread), reports progress, and answers with the completed file or the
 * error's message and code. It never records anything: the runner does, on the main thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase, setDatabase } from "@/db/client";
import { rendererFor } from "../registry";
import { renderToFile } from "./generate";
import type { WorkerReply, WorkerRequest } from "./worker-protocol";

const POOL_SIZE = 4;

async function run({ url, request }: WorkerRequest): Promise<WorkerReply> {
  const handle = await openDatabase({ url, max: POOL_SIZE });
  // The pack resolves its signing key from the process-wide database (its driver).
  setDatabase(handle);
  try {
    const renderer = rendererFor(request.report, request.format);
    if (!renderer) throw new Error(`no renderer for ${request.report} as ${request.format}`);
    const file = await renderToFile({
      ...request,
      db: handle.db,
      renderer,
      onProgress: (progress) => parentPort!.postMessage({ type: "progress", progress } satisfies WorkerReply),
    });
    return { type: "done", file };
  } finally {
    await handle.close();
  }
}

run(workerData as WorkerRequest).then(
  (reply) => parentPort!.postMessage(reply),
  (error: unknown) => {
    const { name, message, code } = error as { name?: string; message?: string; code?: unknown };
    const cause = (error as { cause?: { message?: string } })?.cause?.message;
    parentPort!.postMessage({
      type: "error",
      error: {
        name: name ?? "Error",
        message: message ?? String(error),
        ...(typeof code === "string" ? { code } : {}),
        ...(cause ? { cause } : {}),
      },
    } satisfies WorkerReply);
  },
);
