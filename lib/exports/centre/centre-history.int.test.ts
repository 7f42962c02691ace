import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exportHistory, users } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { setUpExportCentre } from "./centre-fixtures";
import { STALE_AFTER_MS } from "./job-status";
import { requestExport } from "./mutations";
import { readExportJob } from "./queries";

/** An export requested through the action, run as a job, and recorded (or not) in the history. */
const { db, ids, directory, period, now, actorOf, run, historyCount, filesIn } = setUpExportCentre(useTestDatabase());

describe("an export from request to history", () => {
  it("streams the renderer to a file, and records who, when, report, scope, format, size and SHA-256 with export.create in one go", async () => {
    const result = await executeAction(
      requestExport,
      ids.dpo,
      { report: "audit-log", format: "json", ...period, asOf: "2026-01-01", reference: "TRT-0001" },
      { now, db: db() },
    );
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const requested = (await auditEntries(db(), "export.request")).at(-1)!;
    // Only the fields the report reads are kept.
    expect(requested.meta).toEqual({ report: "audit-log", format: "json", scope: period });

    expect(await run(result.data.jobId)).toBeNull();
    const [row] = await db().select().from(exportHistory);
    expect(row).toMatchObject({
      report: "audit-log",
      format: "json",
      scope: period,
      fileName: "journal-2026-01-01-2026-12-31.jsonl",
      createdBy: ids.dpo,
      createdAt: now,
    });
    const bytes = fs.readFileSync(path.join(directory, row!.storageKey));
    expect(row!.size).toBe(bytes.length);
    expect(row!.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    // The file holds the audit log as it stood, page after page.
    const lines = bytes
      .toString("utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { seq: number });
    expect(lines.map((l) => l.seq)).toEqual(lines.map((_, i) => i + 1));
    expect(filesIn().filter((f) => f.endsWith(".part"))).toEqual([]);

    const created = (await auditEntries(db(), "export.create")).at(-1)!;
    expect(created).toMatchObject({ actorId: ids.dpo, entityType: "export", entityId: row!.id });
    expect(created.meta).toEqual({
      report: "audit-log",
      format: "json",
      scope: period,
      fileName: row!.fileName,
      size: row!.size,
      sha256: row!.sha256,
    });
    expect(created.occurredAt).toEqual(row!.createdAt);

    const job = await readExportJob(await actorOf("dpo"), result.data.jobId, now, db());
    expect(job).toMatchObject({
      status: "succeeded",
      exportId: row!.id,
      failure: null,
      done: lines.length,
      total: lines.length,
      bytes: bytes.length,
    });
    // Nobody else follows this job.
    expect(await readExportJob(await actorOf("auditor"), result.data.jobId, now, db())).toBeNull();
  });

  it("fails without a half-file or a history row, and says why", async () => {
    const [history, before] = [await historyCount(), filesIn().length];
    const result = await executeAction(
      requestExport,
      ids.auditor,
      { report: "consent", format: "csv", ...period, csvSeparator: ";" },
      { now, db: db() },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await run(result.data.jobId)).toBe("render_failed");
    expect(await historyCount()).toBe(history);
    expect(filesIn().length).toBe(before);
    expect(await readExportJob(await actorOf("auditor"), result.data.jobId, now, db())).toMatchObject({
      status: "failed",
      failure: "render_failed",
      exportId: null,
    });
    expect((await auditEntries(db(), "export.fail")).at(-1)).toMatchObject({
      actorId: ids.auditor,
      entityId: result.data.jobId,
      meta: { report: "consent", format: "csv", reason: "render_failed" },
    });
  });

  it("removes the file when the history row cannot be recorded", async () => {
    const [history, before] = [await historyCount(), filesIn().length];
    const result = await executeAction(
      requestExport,
      ids.dpo,
      { report: "register", format: "csv" },
      { now, db: db() },
    );
    if (!result.ok) throw new Error(result.code);
    expect(await run(result.data.jobId)).toBe("record_failed");
    expect(await historyCount()).toBe(history);
    expect(filesIn().length).toBe(before);
  });

  it("logs a subscriber's dossier as a proof lookup, in the same transaction as the export", async () => {
    const result = await executeAction(
      requestExport,
      ids.auditor,
      { report: "subscriber-dossier", format: "json", subscriberRef: "SUB-EXPORT-1" },
      { now, db: db() },
    );
    if (!result.ok) throw new Error(result.code);
    expect(await run(result.data.jobId)).toBeNull();
    const [created, lookup] = [
      (await auditEntries(db(), "export.create")).at(-1)!,
      (await auditEntries(db(), "consent.lookup")).at(-1)!,
    ];
    expect(lookup).toMatchObject({
      actorId: ids.auditor,
      entityType: "subscriber",
      entityId: "SUB-EXPORT-1",
      meta: { export: created.entityId, format: "json" },
    });
    expect(lookup.seq).toBe(created.seq + 1);
  });

  it("refuses a job whose requester lost access before it ran", async () => {
    const user = await unsafeCreateUser(db(), { role: "dpo" });
    const result = await executeAction(
      requestExport,
      user.id,
      { report: "audit-log", format: "json", ...period },
      { now, db: db() },
    );
    if (!result.ok) throw new Error(result.code);
    await db().update(users).set({ isActive: false }).where(eq(users.id, user.id));
    const history = await historyCount();
    expect(await run(result.data.jobId)).toBe("not_allowed");
    expect(await historyCount()).toBe(history);
  });

  it("shows a job whose process died as interrupted", async () => {
    const result = await executeAction(
      requestExport,
      ids.dpo,
      { report: "audit-log", format: "json", ...period },
      { now, db: db() },
    );
    if (!result.ok) throw new Error(result.code);
    const later = new Date(now.getTime() + STALE_AFTER_MS + 1_000);
    expect(await readExportJob(await actorOf("dpo"), result.data.jobId, later, db())).toMatchObject({
      status: "failed",
      failure: "interrupted",
    });
    await run(result.data.jobId);
  });
});
