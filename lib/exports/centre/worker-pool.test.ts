import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createWorkerPool, type PoolWorker } from "./worker-pool";
import type { WorkerJob, WorkerMessage, WorkerReply } from "./worker-protocol";

/** A worker thread stand-in: records what it is sent; the test answers for it. */
class FakeWorker extends EventEmitter implements PoolWorker {
  sent: WorkerMessage[] = [];
  terminated = false;
  postMessage(message: WorkerMessage) {
    this.sent.push(message);
    if (message.type === "close") queueMicrotask(() => this.emit("exit", 0));
  }
  async terminate() {
    this.terminated = true;
    queueMicrotask(() => this.emit("exit", 1));
    return 1;
  }
  /** The render request it is working on. */
  current() {
    const last = this.sent.at(-1);
    return last?.type === "render" ? last : undefined;
  }
  reply(reply: WorkerReply extends infer R ? (R extends WorkerReply ? Omit<R, "id"> : never) : never) {
    this.emit("message", { id: this.current()!.id, ...reply });
  }
  done() {
    const { request } = this.current()!;
    this.reply({
      type: "done",
      file: { id: "x", ...request, fileName: "f", size: 1, sha256: "0", storageKey: "k", path: request.report },
    } as never);
  }
}

function pool(size: number) {
  const workers: FakeWorker[] = [];
  const created = createWorkerPool(size, () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  return { pool: created, workers };
}

const job = (report: string) => ({ report }) as unknown as WorkerJob;
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("createWorkerPool", () => {
  it("runs at most `size` jobs at once, in the order given, and reuses a worker for the next job", async () => {
    const { pool: p, workers } = pool(2);
    const results = ["register", "breach-register", "audit-log", "consent"].map((report) => p.render(job(report)));
    expect(workers).toHaveLength(2);
    expect(workers.map((worker) => worker.current()?.request.report)).toEqual(["register", "breach-register"]);
    workers[1]!.done();
    await tick();
    expect(workers[1]!.current()?.request.report).toBe("audit-log");
    workers[1]!.done();
    await tick();
    expect(workers[1]!.current()?.request.report).toBe("consent");
    workers[1]!.done();
    workers[0]!.done();
    expect((await Promise.all(results)).map((file) => file.path)).toEqual([
      "register",
      "breach-register",
      "audit-log",
      "consent",
    ]);
    expect(workers).toHaveLength(2);
    await p.close();
    expect(workers.every((worker) => worker.sent.at(-1)?.type === "close" && !worker.terminated)).toBe(true);
  });

  it("forwards progress, and rejects with the worker's error (message, code, cause)", async () => {
    const { pool: p, workers } = pool(1);
    const progress: unknown[] = [];
    const failing = p.render(job("register"), (value) => progress.push(value));
    expect(workers[0]!.current()?.reportProgress).toBe(true);
    workers[0]!.reply({ type: "progress", progress: { bytes: 10 } });
    workers[0]!.reply({ type: "error", error: { name: "PdfError", message: "broken", code: "E1", cause: "why" } });
    const error = await failing.catch((caught: Error) => caught);
    expect(error).toMatchObject({ name: "PdfError", message: "broken", code: "E1", cause: { message: "why" } });
    expect(progress).toEqual([{ bytes: 10 }]);
    await p.close();
  });

  it("a worker that stops rejects its job only; the next job gets a new worker", async () => {
    const { pool: p, workers } = pool(1);
    const first = p.render(job("register"));
    const second = p.render(job("consent"));
    workers[0]!.emit("exit", 134);
    await expect(first).rejects.toThrow("export worker stopped (exit code 134)");
    expect(workers).toHaveLength(2);
    workers[1]!.done();
    expect((await second).path).toBe("consent");
    await p.close();
  });

  it("close rejects the jobs not started, terminates busy workers, and refuses new jobs", async () => {
    const { pool: p, workers } = pool(1);
    const running = p.render(job("register"));
    const waiting = p.render(job("consent"));
    await p.close();
    await expect(running).rejects.toThrow("closed");
    await expect(waiting).rejects.toThrow("closed");
    expect(workers[0]!.terminated).toBe(true);
    await expect(p.render(job("register"))).rejects.toThrow("closed");
  });
});
