import { createHash } from "node:crypto";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, count, eq, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, consentState, exportHistory, exportJobs, incidents, users } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { unsafeCreatePurpose } from "@/lib/consent/test-fixtures";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import type { ReportRenderer } from "../contract";
import { renderers } from "../registry";
import { STALE_AFTER_MS } from "./job-status";
import { MAX_RUNNING_JOBS_PER_PERSON, requestExport, requestIncidentExport } from "./mutations";
import { downloadExport } from "./download";
import { exportForDownload, listExportHistory, readExportJob, reportChoices } from "./queries";
import { unsafeGenerateExport, runExportJob } from "./runner";

/**
 * The export centre end to end on a real database, with renderers defined HERE (test code):
 * the real reports are registered by their own modules. Each streams rows page by page and
 * waits for "drain", as the contract requires.
 */
const PAGE = 50;

/** The audit log as JSON lines, read in pages of 50 by sequence number. */
const auditLogLines: ReportRenderer = {
  kind: "audit-log",
  formats: ["json"],
  fileName: (scope) => `journal-${scope.from}-${scope.to}.jsonl`,
  async render(ctx, _scope, _format, out) {
    const [{ total } = { total: 0 }] = await ctx.db.select({ total: count() }).from(auditLog);
    let after = 0;
    let done = 0;
    for (;;) {
      const rows = await ctx.db
        .select()
        .from(auditLog)
        .where(gt(auditLog.seq, after))
        .orderBy(asc(auditLog.seq))
        .limit(PAGE);
      if (rows.length === 0) break;
      for (const row of rows) {
        if (!out.write(`${JSON.stringify({ seq: row.seq, action: row.action, hash: row.hash })}\n`))
          await once(out, "drain");
      }
      after = rows.at(-1)!.seq;
      done += rows.length;
      ctx.onProgress?.(done, total);
    }
  },
};

/** Writes a first page, then its query "fails". */
const failingConsent: ReportRenderer = {
  kind: "consent",
  formats: ["csv"],
  fileName: () => "consentement.csv",
  async render(_ctx, _scope, _format, out) {
    out.write("day;purpose;grants\n2026-01-01;marketing;3\n");
    throw new Error("relation consent_daily does not exist");
  },
};

/** One incident's reference and title, as JSON. */
const incidentJson: ReportRenderer = {
  kind: "incident",
  formats: ["json"],
  fileName: (scope) => `${scope.reference}.json`,
  async render(ctx, scope, _format, out) {
    const [row] = await ctx.db
      .select({ reference: incidents.reference, title: incidents.title })
      .from(incidents)
      .where(eq(incidents.reference, scope.reference!));
    out.write(JSON.stringify(row));
  },
};

/** A subscriber's states as JSON lines. */
const dossierLines: ReportRenderer = {
  kind: "subscriber-dossier",
  formats: ["json"],
  fileName: (scope) => `dossier-${scope.subscriberRef}.jsonl`,
  async render(ctx, scope, _format, out) {
    const rows = await ctx.db.select().from(consentState).where(eq(consentState.subscriberRef, scope.subscriberRef!));
    for (const row of rows) out.write(`${JSON.stringify({ purpose: row.purposeId, optedIn: row.optedIn })}\n`);
  },
};

/** Marks its own job failed while it writes (as a second instance's sweeper would): recording must then fail. */
const registerLosingItsJob: ReportRenderer = {
  kind: "register",
  formats: ["csv"],
  fileName: () => "registre.csv",
  async render(ctx, _scope, _format, out) {
    out.write("reference;name\n");
    await ctx.db
      .update(exportJobs)
      .set({ status: "failed", failure: "interrupted" })
      .where(eq(exportJobs.status, "running"));
  },
};

const testRenderers = [auditLogLines, failingConsent, incidentJson, dossierLines, registerLosingItsJob];
const database = useTestDatabase();
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-exports-int-"));
const ids = {} as Record<"dpo" | "security" | "auditor", string>;
const period = { from: "2026-01-01", to: "2026-12-31" };
const now = new Date("2026-12-04T10:00:00Z");
let savedDirectory: string | undefined;

beforeAll(async () => {
  (renderers as ReportRenderer[]).unshift(...testRenderers);
  savedDirectory = process.env.VIGIE_EXPORT_DIR;
  process.env.VIGIE_EXPORT_DIR = directory;
  const db = database.current.handle.db;
  for (const role of ["dpo", "security", "auditor"] as const)
    ids[role] = (
      await unsafeCreateUser(db, { role, expiresAt: role === "auditor" ? new Date("2027-06-01T00:00:00Z") : null })
    ).id;
  await db.insert(incidents).values({
    reference: "INC-2026-0001",
    title: "Fuite de la base CRM",
    detectedAt: new Date("2026-11-29T09:00:00Z"),
  });
  const purpose = await unsafeCreatePurpose(db);
  await db.insert(consentState).values({
    subscriberRef: "SUB-EXPORT-1",
    purposeId: purpose.id,
    optedIn: true,
    latestOccurredAt: new Date("2026-03-01T10:00:00Z"),
    latestEventKey: 1n,
    latestEventId: "e-1",
  });
});

afterAll(() => {
  (renderers as ReportRenderer[]).splice(0, renderers.length, ...renderers.filter((r) => !testRenderers.includes(r)));
  if (savedDirectory === undefined) delete process.env.VIGIE_EXPORT_DIR;
  else process.env.VIGIE_EXPORT_DIR = savedDirectory;
  fs.rmSync(directory, { recursive: true, force: true });
});

const db = () => database.current.handle.db;
const actorOf = async (role: keyof typeof ids) => {
  const [user] = await db().select().from(users).where(eq(users.id, ids[role]));
  return {
    id: user!.id,
    email: user!.email,
    name: user!.name,
    role: user!.role,
    locale: user!.locale,
    expiresAt: user!.expiresAt,
  };
};
const run = (jobId: string) => runExportJob(jobId, { db: db(), directory, clock: () => now });
const jobCount = async () => (await db().select({ n: count() }).from(exportJobs))[0]!.n;
const historyCount = async () => (await db().select({ n: count() }).from(exportHistory))[0]!.n;
const filesIn = () => fs.readdirSync(directory);

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

describe("an export without a job (what the machine API will call)", () => {
  it("generates, records with export.create, and hands back the file to stream", async () => {
    const auditor = await actorOf("auditor");
    const file = await unsafeGenerateExport({
      db: db(),
      actor: auditor,
      report: "audit-log",
      format: "json",
      scope: period,
      now,
      directory,
    });
    const bytes = fs.readFileSync(file.path);
    expect(file.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    const [row] = await db().select().from(exportHistory).where(eq(exportHistory.id, file.id));
    expect(row).toMatchObject({ createdBy: auditor.id, size: bytes.length, sha256: file.sha256 });
    expect((await auditEntries(db(), "export.create")).at(-1)).toMatchObject({
      entityId: file.id,
      meta: { sha256: file.sha256 },
    });
  });

  it("throws and leaves nothing when the report fails", async () => {
    const [history, files] = [await historyCount(), filesIn().length];
    await expect(
      unsafeGenerateExport({
        db: db(),
        actor: await actorOf("dpo"),
        report: "consent",
        format: "csv",
        scope: period,
        now,
        directory,
      }),
    ).rejects.toThrow("consent_daily");
    expect([await historyCount(), filesIn().length]).toEqual([history, files]);
  });
});

describe("bad requests write nothing", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["no period", { report: "audit-log", format: "json" }, "from"],
    ["an impossible date", { report: "audit-log", format: "json", from: "2026-02-30", to: "2026-03-01" }, "from"],
    [
      "a period ending before it starts",
      { report: "audit-log", format: "json", from: "2026-03-01", to: "2026-02-01" },
      "to",
    ],
    ["a format no renderer writes", { report: "audit-log", format: "pdf", ...period }, "format"],
    ["an unknown report", { report: "everything", format: "json" }, "report"],
    [
      "a NUL in the subscriber",
      { report: "subscriber-dossier", format: "json", subscriberRef: "SUB\u0000X" },
      "subscriberRef",
    ],
    ["a lone surrogate", { report: "subscriber-dossier", format: "json", subscriberRef: "SUB\ud800" }, "subscriberRef"],
    [
      "a huge subscriber reference",
      { report: "subscriber-dossier", format: "json", subscriberRef: "S".repeat(100_000) },
      "subscriberRef",
    ],
    [
      "an unknown subscriber",
      { report: "subscriber-dossier", format: "json", subscriberRef: "SUB-NOBODY" },
      "subscriberRef",
    ],
    ["a period in the future", { report: "audit-log", format: "json", from: "2027-01-01", to: "2027-01-31" }, "from"],
    ["a register as of a future date", { report: "register", format: "csv", asOf: "2026-12-05" }, "asOf"],
    ["an unknown register entry", { report: "register", format: "csv", reference: "TRT-9999" }, "reference"],
    [
      "a separator for a JSON file",
      { report: "audit-log", format: "json", ...period, csvSeparator: ";" },
      "csvSeparator",
    ],
    ["an unknown field", { report: "audit-log", format: "json", ...period, path: "../../etc/passwd" }, "_form"],
  ];
  for (const [name, input, field] of cases) {
    it(`refuses ${name}, naming ${field}`, async () => {
      const [audits, jobs] = [await auditCount(db()), await jobCount()];
      const result = await executeAction(requestExport, ids.dpo, input, { now, db: db() });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
      expect([await auditCount(db()), await jobCount()]).toEqual([audits, jobs]);
    });
  }

  it("limits how many exports one person runs at once", async () => {
    await db().update(exportJobs).set({ status: "failed" }).where(eq(exportJobs.status, "running"));
    for (let i = 0; i < MAX_RUNNING_JOBS_PER_PERSON; i++) {
      expect(
        (
          await executeAction(
            requestExport,
            ids.auditor,
            { report: "audit-log", format: "json", ...period },
            { now, db: db() },
          )
        ).ok,
      ).toBe(true);
    }
    expect(
      await executeAction(
        requestExport,
        ids.auditor,
        { report: "audit-log", format: "json", ...period },
        { now, db: db() },
      ),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    await db().update(exportJobs).set({ status: "failed" }).where(eq(exportJobs.status, "running"));
  });
});

describe("who may export what", () => {
  it("refuses the security director any report but the incident ones, and logs the refusal", async () => {
    const before = await auditCount(db());
    expect(
      await executeAction(
        requestExport,
        ids.security,
        { report: "audit-log", format: "json", ...period },
        { now, db: db() },
      ),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const denied = (await auditEntries(db(), "access.denied")).at(-1)!;
    expect(denied).toMatchObject({
      actorId: ids.security,
      entityId: "exports.request",
      meta: { permission: "exports:create", role: "security" },
    });
    expect(await auditCount(db())).toBe(before + 1);
    // Through the incident reports' action, another report is not accepted either.
    expect(
      await executeAction(
        requestIncidentExport,
        ids.security,
        { report: "audit-log", format: "json", ...period },
        { now, db: db() },
      ),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { report: ["exportCentre.errors.incidentReportsOnly"] },
    });
  });

  it("lets the security director export one incident's file", async () => {
    expect(
      await executeAction(
        requestIncidentExport,
        ids.security,
        { report: "incident", format: "json", reference: "INC-2026-9999" },
        { now, db: db() },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { reference: ["exportCentre.errors.referenceUnknown"] } });
    const result = await executeAction(
      requestIncidentExport,
      ids.security,
      { report: "incident", format: "json", reference: "INC-2026-0001" },
      { now, db: db() },
    );
    if (!result.ok) throw new Error(result.code);
    expect(await run(result.data.jobId)).toBeNull();
    const [row] = await db().select().from(exportHistory).where(eq(exportHistory.report, "incident"));
    expect(fs.readFileSync(path.join(directory, row!.storageKey), "utf8")).toBe(
      JSON.stringify({ reference: "INC-2026-0001", title: "Fuite de la base CRM" }),
    );
  });

  it("shows each role the reports and history rows it may export, and nothing else", async () => {
    const [dpo, security, auditor] = [await actorOf("dpo"), await actorOf("security"), await actorOf("auditor")];
    expect(reportChoices(security)).toEqual([
      { report: "breach-register", formats: ["pdf", "xlsx"] },
      { report: "incident", formats: ["pdf", "json"] },
    ]);
    expect(reportChoices(auditor).map((c) => c.report)).toEqual([
      "register",
      "breach-register",
      "incident",
      "consent",
      "subscriber-dossier",
      "audit-log",
      "audit-pack",
    ]);
    const all = (await listExportHistory(dpo, db())).entries;
    expect((await listExportHistory(auditor, db())).entries).toEqual(all);
    expect((await listExportHistory(security, db())).entries.map((e) => e.report)).toEqual(["incident"]);
    const register = all.find((e) => e.report !== "incident")!;
    expect(await exportForDownload(security, register.id, db())).toEqual({
      kind: "forbidden",
      report: register.report,
    });
    expect(await exportForDownload(auditor, register.id, db())).toMatchObject({
      kind: "file",
      sha256: register.sha256,
      size: register.size,
    });
  });

  it("serves a file to those who may export its report, and logs a refused download", async () => {
    const [auditor, security] = [await actorOf("auditor"), await actorOf("security")];
    const entry = (await listExportHistory(auditor, db())).entries.find((e) => e.report === "audit-log")!;
    const url = `http://localhost/api/exports/${entry.id}/file`;
    const ok = await downloadExport(auditor, entry.id, new Request(url));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("x-content-sha256")).toBe(entry.sha256);
    expect(ok.headers.get("content-disposition")).toBe(
      `attachment; filename="${entry.fileName}"; filename*=UTF-8''${entry.fileName}`,
    );
    const bytes = Buffer.from(await ok.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(entry.sha256);

    const before = await auditCount(db());
    expect((await downloadExport(security, entry.id, new Request(url))).status).toBe(403);
    expect(await auditCount(db())).toBe(before + 1);
    expect((await auditEntries(db(), "access.denied")).at(-1)).toMatchObject({
      actorId: ids.security,
      entityType: "export",
      entityId: entry.id,
      meta: { report: "audit-log", role: "security" },
    });

    // A file missing from this instance's directory is "gone", never another file.
    fs.renameSync(path.join(directory, `${entry.id}.json`), path.join(directory, "moved-away"));
    expect((await downloadExport(auditor, entry.id, new Request(url))).status).toBe(410);
    fs.renameSync(path.join(directory, "moved-away"), path.join(directory, `${entry.id}.json`));
  });

  it("keeps every export row and its audit entry in step", async () => {
    const rows = await db().select().from(exportHistory);
    const created = await auditEntries(db(), "export.create");
    expect(created.map((e) => e.entityId).sort()).toEqual(rows.map((r) => r.id).sort());
    const succeeded = await db().select().from(exportJobs).where(eq(exportJobs.status, "succeeded"));
    // Every completed job points at its history row (the machine API's exports have no job).
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(succeeded.map((j) => j.exportId)));
    expect(succeeded.length).toBe(rows.length - 1);
  });
});
