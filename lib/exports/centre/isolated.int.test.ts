import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { seedDemo } from "@/lib/demo";
import { testDriver, useTestDatabase } from "@/lib/testing/db";
import { AUDIT_PACK_FILES } from "../pack/contents";
import { unzip } from "../pack/pack-fixtures";
import { generateSigningKeyPem, parseSigningKey, publicKeyPem } from "../pack/signing-key";
import { verifyPack } from "../pack/verify-file";
import { rendererFor } from "../registry";
import { renderToFile, type RenderRequest } from "./generate";
import { renderInWorker } from "./isolated";
import { renderPackInWorkers } from "./pack-in-workers";

/** The worker paths exist on PostgreSQL only (embedded PGlite renders in-thread): one report in a worker, the audit pack in a pool of them. */
const database = useTestDatabase();
const handle = () => database.current.handle;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-isolated-"));
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));
const signingKey = generateSigningKeyPem();
const configuredKey = process.env.VIGIE_SIGNING_KEY;

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

function packRequest(overrides: Partial<RenderRequest> = {}): RenderRequest {
  const pack = { report: "audit-pack", format: "zip", scope: { from: "2026-11-01", to: "2026-11-30" } } as const;
  return request({
    renderer: rendererFor("audit-pack", "zip")!,
    ...pack,
    now: new Date("2026-12-04T10:00:00Z"),
    ...overrides,
  });
}

describe.runIf(testDriver() === "postgres")("the audit pack rendered by a pool of workers", () => {
  beforeAll(async () => {
    process.env.VIGIE_SIGNING_KEY = signingKey;
    await seedDemo(handle().db, new Date("2026-11-20T08:00:00Z"));
  });
  afterAll(() => {
    if (configuredKey === undefined) delete process.env.VIGIE_SIGNING_KEY;
    else process.env.VIGIE_SIGNING_KEY = configuredKey;
  });

  it("verifies, and holds the same files with the same bytes, and a manifest in the same order, as the pack rendered in-thread", async () => {
    const progress: { done?: number; total?: number | null }[] = [];
    const before = fs.readdirSync(directory);
    const parallel = await renderPackInWorkers(
      handle().url!,
      packRequest({ onProgress: (value) => value.done !== undefined && progress.push(value) }),
    );
    const sequential = await renderToFile(packRequest());
    const [parallelBytes, sequentialBytes] = [fs.readFileSync(parallel.path), fs.readFileSync(sequential.path)];
    expect(parallel.size).toBe(parallelBytes.length);

    const verdict = await verifyPack(parallelBytes, { trustedPublicKeyPem: publicKeyPem(parseSigningKey(signingKey)) });
    expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
    const [parallelEntries, sequentialEntries] = [await unzip(parallelBytes), await unzip(sequentialBytes)];
    // The ZIP takes the files as they are done; the manifest lists them in the pack's order.
    const names = (entries: [string, Buffer][]) => entries.map(([name]) => name).sort();
    expect(names(parallelEntries)).toEqual(
      [...AUDIT_PACK_FILES.map((spec) => spec.name), "manifest.json", "manifest.sig", "vigie-public.pem"].sort(),
    );
    expect(names(parallelEntries)).toEqual(names(sequentialEntries));
    const manifest = JSON.parse(parallelEntries.find(([name]) => name === "manifest.json")![1].toString("utf8"));
    expect(manifest.files.map((file: { name: string }) => file.name)).toEqual(
      AUDIT_PACK_FILES.map((spec) => spec.name),
    );
    // Same data, same `now`: every file byte for byte (workbooks included), so the same manifest and signature.
    const sequentialByName = new Map(sequentialEntries);
    for (const [name, bytes] of parallelEntries)
      expect(bytes.equals(sequentialByName.get(name)!), `${name} differs`).toBe(true);

    expect(progress.at(-1)).toEqual({ done: AUDIT_PACK_FILES.length, total: AUDIT_PACK_FILES.length });
    expect(fs.readdirSync(directory).sort()).toEqual(
      [...before, path.basename(parallel.path), path.basename(sequential.path)].sort(),
    );
    fs.rmSync(parallel.path);
    fs.rmSync(sequential.path);
  }, 120_000);

  it("a file that fails fails the pack with its error, leaving neither the pack nor any temporary file", async () => {
    // A real failure of the consent reports only (the pack's own reads never touch this table).
    const before = fs.readdirSync(directory);
    await handle().db.execute(sql`alter table consent_daily rename to consent_daily_away`);
    try {
      const failed = await renderPackInWorkers(handle().url!, packRequest()).catch((error: Error) => error);
      expect(failed).toBeInstanceOf(Error);
      const error = failed as Error & { cause?: Error };
      expect(`${error.message} ${error.cause?.message ?? ""}`).toContain("consent_daily");
    } finally {
      await handle().db.execute(sql`alter table consent_daily_away rename to consent_daily`);
    }
    expect(fs.readdirSync(directory)).toEqual(before);
  }, 120_000);
});
