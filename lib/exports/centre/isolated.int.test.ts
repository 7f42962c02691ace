import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { testDriver, useTestDatabase } from "@/lib/testing/db";
import { rendererFor } from "../registry";
import { renderToFile, type RenderRequest } from "./generate";
import { renderInWorker } from "./isolated";

/** The worker path exists on PostgreSQL only (embedded PGlite renders in-thread). */
const database = useTestDatabase();
const handle = () => database.current.handle;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-isolated-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

const actor: Actor = {
  id: "00000000-0000-4000-8000-000000000001",
  email: "dpo@vigie.example",
  name: "DPO",
  role: "dpo",
  locale: "fr",
  expiresAt: null,
};

function request(overrides: Partial<RenderRequest> = {}): RenderRequest {
  return {
    db: handle().db,
    actor,
    renderer: rendererFor("register", "json")!,
    report: "register",
    format: "json",
    scope: {},
    locale: "fr",
    now: new Date("2026-11-20T10:00:00Z"),
    directory,
    ...overrides,
  };
}

describe.runIf(testDriver() === "postgres")("an export rendered in a worker thread", () => {
  it("writes the same file as in-thread, reporting its progress", async () => {
    const bytes: number[] = [];
    const isolated = await renderInWorker(
      handle().url!,
      request({ onProgress: (progress) => progress.bytes !== undefined && bytes.push(progress.bytes) }),
    );
    const inThread = await renderToFile(request());
    expect(isolated.sha256).toBe(inThread.sha256);
    expect(isolated.size).toBe(inThread.size);
    expect(fs.statSync(isolated.path).size).toBe(isolated.size);
    expect(isolated.fileName).toBe(inThread.fileName);
    expect(bytes.at(-1)).toBe(isolated.size);
  }, 60_000);

  it("rejects with the worker's error message and leaves no file", async () => {
    const before = fs.readdirSync(directory).length;
    await expect(renderInWorker(handle().url!, request({ report: "consent", format: "json" }))).rejects.toThrow(
      "no renderer for consent as json",
    );
    expect(fs.readdirSync(directory).length).toBe(before);
  }, 60_000);
});
