import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { exportHistory, exportJobs } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditCount, auditEntries } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { setUpExportCentre } from "./centre-fixtures";
import { downloadExport } from "./download";
import { requestExport, requestIncidentExport } from "./mutations";
import { exportForDownload, listExportHistory, reportChoices } from "./queries";
import { unsafeGenerateExport } from "./runner";

/** Who may request, see and download which export. */
const { db, ids, directory, period, now, actorOf, run } = setUpExportCentre(useTestDatabase());

// Two exports of the audit log to list and download: one through a job, one without (the machine API's path).
beforeAll(async () => {
  const result = await executeAction(
    requestExport,
    ids.dpo,
    { report: "audit-log", format: "json", ...period },
    { now, db: db() },
  );
  if (!result.ok) throw new Error(result.code);
  if ((await run(result.data.jobId)) !== null) throw new Error("the audit-log export failed");
  await unsafeGenerateExport({
    db: db(),
    actor: await actorOf("auditor"),
    report: "audit-log",
    format: "json",
    scope: period,
    now,
    directory,
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

  it("serves a file to those who may export its report, logs the download, and logs a refused download", async () => {
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
    expect((await auditEntries(db(), "export.download")).at(-1)).toMatchObject({
      actorId: ids.auditor,
      entityType: "export",
      entityId: entry.id,
      meta: { report: "audit-log", sha256: entry.sha256, size: entry.size },
    });

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
