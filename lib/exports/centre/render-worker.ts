/**
 * The entry of an export's worker thread (see ./worker-pool.ts): opens a small pool of its own on
 * the server's PostgreSQL database once, then renders the exports it is sent, one at a time, each to
 * its file with `renderToFile` (the same code as in-thread), reporting progress and answering with
 * the completed file or the error's message and code. Modules, fonts and the pool are loaded once
 * for all the requests the worker handles. It never records anything: the runner does, on the main thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openDatabase, setDatabase } from "@/db/client";
import { rendererFor } from "../registry";
import { renderToFile } from "./generate";
import type { WorkerError, WorkerMessage, WorkerReply, WorkerSetup } from "./worker-protocol";

const POOL_SIZE = 4;
const port = parentPort!;

const opened = openDatabase({ url: (workerData as WorkerSetup).url, max: POOL_SIZE }).then((handle) => {
  // The pack resolves its signing key from the process-wide database (its driver).
  setDatabase(handle);
  return handle;
});
opened.catch(() => {}); // each request reports the failure

async function render({ id, request, reportProgress }: Extract<WorkerMessage, { type: "render" }>) {
  const handle = await opened;
  const renderer = rendererFor(request.report, request.format);
  if (!renderer) throw new Error(`no renderer for ${request.report} as ${request.format}`);
  const file = await renderToFile({
    ...request,
    db: handle.db,
    renderer,
    onProgress: reportProgress
      ? (progress) => port.postMessage({ id, type: "progress", progress } satisfies WorkerReply)
      : undefined,
  });
  return file;
}

function errorOf(error: unknown): WorkerError {
  const { name, message, code } = error as { name?: string; message?: string; code?: unknown };
  const cause = (error as { cause?: { message?: string } })?.cause?.message;
  return {
    name: name ?? "Error",
    message: message ?? String(error),
    ...(typeof code === "string" ? { code } : {}),
    ...(cause ? { cause } : {}),
  };
}

/** One request at a time, in the order received. */
let queue: Promise<void> = Promise.resolve();

port.on("message", (message: WorkerMessage) => {
  if (message.type === "close") {
    queue = queue.then(async () => {
      await opened.then((handle) => handle.close()).catch(() => {});
      port.close();
    });
    return;
  }
  queue = queue.then(() =>
    render(message).then(
      (file) => port.postMessage({ id: message.id, type: "done", file } satisfies WorkerReply),
      (error: unknown) =>
        port.postMessage({ id: message.id, type: "error", error: errorOf(error) } satisfies WorkerReply),
    ),
  );
});
