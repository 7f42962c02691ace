import type { CompletedExport } from "./record";
import type { WorkerError, WorkerJob, WorkerMessage, WorkerProgress, WorkerReply } from "./worker-protocol";

/** What the pool needs of a worker thread (a `Worker` is one; tests pass fakes). */
export interface PoolWorker {
  postMessage(message: WorkerMessage): void;
  on(event: "message", listener: (reply: WorkerReply) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(event: "exit", listener: (code: number) => void): unknown;
  terminate(): Promise<unknown>;
}

export type RenderedFile = CompletedExport & { path: string };

export interface WorkerPool {
  /** Render in the first free worker (jobs start in the order given); same result and errors as in-thread. */
  render(request: WorkerJob, onProgress?: (progress: WorkerProgress) => void): Promise<RenderedFile>;
  /**
   * Stop: jobs not started are rejected, busy workers terminated (their jobs rejected), idle ones
   * closed (they close their database pool and exit). Resolves once every worker has exited.
   */
  close(): Promise<void>;
}

interface Job {
  id: number;
  request: WorkerJob;
  onProgress?: (progress: WorkerProgress) => void;
  resolve(file: RenderedFile): void;
  reject(error: Error): void;
}

interface Slot {
  worker: PoolWorker;
  job: Job | null;
  exited: Promise<void>;
}

/** A graceful close that takes longer than this (a pool that will not end) is cut short. */
const CLOSE_GRACE_MS = 10_000;

export function errorOf(reply: WorkerError): Error {
  const error = new Error(reply.message, reply.cause ? { cause: new Error(reply.cause) } : undefined);
  error.name = reply.name;
  if (reply.code) Object.assign(error, { code: reply.code });
  return error;
}

/**
 * Up to `size` long-lived workers, started as jobs need them, each rendering one job at a time and
 * then the next one waiting: a worker loads its modules and fonts once for all the jobs it handles.
 * A worker that fails or stops rejects its job only; the next job gets a new worker.
 */
export function createWorkerPool(size: number, spawn: () => PoolWorker): WorkerPool {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  function finish(slot: Slot, settle: (job: Job) => void) {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    settle(job);
  }

  function remove(slot: Slot, error: Error) {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    finish(slot, (job) => job.reject(error));
    dispatch();
  }

  function start(): Slot {
    const worker = spawn();
    let exit = () => {};
    const slot: Slot = { worker, job: null, exited: new Promise<void>((resolve) => (exit = resolve)) };
    worker.on("message", (reply: WorkerReply) => {
      if (!slot.job || reply.id !== slot.job.id) return;
      if (reply.type === "progress") slot.job.onProgress?.(reply.progress);
      else if (reply.type === "done") finish(slot, (job) => job.resolve(reply.file));
      else finish(slot, (job) => job.reject(errorOf(reply.error)));
      if (reply.type !== "progress") dispatch();
    });
    worker.on("error", (error: Error) => remove(slot, error));
    worker.on("exit", (code: number) => {
      exit();
      remove(slot, new Error(`export worker stopped (exit code ${code})`));
    });
    slots.push(slot);
    return slot;
  }

  function dispatch() {
    while (!closed && queue.length > 0) {
      let slot = slots.find((candidate) => !candidate.job);
      if (!slot && slots.length < size) {
        try {
          slot = start();
        } catch (error) {
          queue.shift()!.reject(error as Error);
          continue;
        }
      }
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.postMessage({ type: "render", id: job.id, request: job.request, reportProgress: !!job.onProgress });
    }
  }

  return {
    render(request, onProgress) {
      if (closed) return Promise.reject(new Error("the export worker pool is closed"));
      return new Promise<RenderedFile>((resolve, reject) => {
        queue.push({ id: nextId++, request, onProgress, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      const stopped = new Error("the export worker pool was closed");
      for (const job of queue.splice(0)) job.reject(stopped);
      await Promise.all(
        [...slots].map(async (slot) => {
          if (slot.job) {
            finish(slot, (job) => job.reject(stopped));
            await slot.worker.terminate();
          } else {
            slot.worker.postMessage({ type: "close" });
            let timer: NodeJS.Timeout | undefined;
            const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), CLOSE_GRACE_MS)));
            if ((await Promise.race([slot.exited, late])) === "late") await slot.worker.terminate();
            clearTimeout(timer);
          }
          await slot.exited;
        }),
      );
    },
  };
}
