import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportHistory, users } from "@/db/schema";
import { verifyAuditChain } from "@/lib/audit/verify";
import { auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { downloadExport } from "./download";
import { listExportHistory } from "./queries";
import { purgeExpiredExports, RETENTION_ACTOR } from "./retention";

/** The retention purge and the downloads around it, on a real database and a real export directory. */
const database = useTestDatabase();
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-exports-retention-"));
const DAY = 86_400_000;
const now = new Date("2026-12-04T10:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
let savedDirectory: string | undefined;
let auditorId = "";

const db = () => database.current.handle.db;

/** A finished export: its history row and (unless `withFile` is false) its file. */
async function insertExport(createdAt: Date, options: { withFile?: boolean } = {}) {
  const id = randomUUID();
  const content = `export ${id}\n`;
  if (options.withFile !== false) fs.writeFileSync(path.join(directory, `${id}.csv`), content);
  await db()
    .insert(exportHistory)
    .values({
      id,
      createdBy: auditorId,
      createdByLabel: "Test auditor <auditor@test.vigie.fr>",
      createdAt,
      report: "audit-log",
      format: "csv",
      scope: { from: "2026-01-01", to: "2026-12-31" },
      fileName: "journal-audit.csv",
      size: Buffer.byteLength(content),
      sha256: "b".repeat(64),
      storageKey: `${id}.csv`,
    });
  return id;
}

async function auditor() {
  const [user] = await db().select().from(users).where(eq(users.id, auditorId));
  return {
    id: user!.id,
    email: user!.email,
    name: user!.name,
    role: user!.role,
    locale: user!.locale,
    expiresAt: user!.expiresAt,
  };
}

const download = async (id: string) =>
  downloadExport(await auditor(), id, new Request(`http://localhost/api/exports/${id}/file`), now);
const rowOf = async (id: string) => (await db().select().from(exportHistory).where(eq(exportHistory.id, id)))[0]!;
const fileExists = (id: string) => fs.existsSync(path.join(directory, `${id}.csv`));

beforeAll(async () => {
  savedDirectory = process.env.VIGIE_EXPORT_DIR;
  process.env.VIGIE_EXPORT_DIR = directory;
  auditorId = (await unsafeCreateUser(db(), { role: "auditor", expiresAt: new Date("2027-06-01T00:00:00Z") })).id;
});

afterAll(() => {
  if (savedDirectory === undefined) delete process.env.VIGIE_EXPORT_DIR;
  else process.env.VIGIE_EXPORT_DIR = savedDirectory;
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("export retention", () => {
  const ids = {} as Record<"old" | "older" | "oldest" | "fileGone" | "edge" | "fresh", string>;

  it("deletes the files past the retention period, keeps their rows marked expired, and logs export.purge for each", async () => {
    ids.oldest = await insertExport(daysAgo(90));
    ids.older = await insertExport(daysAgo(45));
    ids.old = await insertExport(daysAgo(31));
    ids.fileGone = await insertExport(daysAgo(40), { withFile: false });
    // Exactly 30 days old is not yet past 30 days; a day old is fresh.
    ids.edge = await insertExport(daysAgo(30));
    ids.fresh = await insertExport(daysAgo(1));

    // Batches of 2: the purge loops until nothing is due.
    const result = await purgeExpiredExports({ now, retentionDays: 30, directory, db: db(), batchSize: 2 });
    expect(result).toEqual({ cutoff: daysAgo(30), expired: 4, filesDeleted: 3 });

    for (const id of [ids.oldest, ids.older, ids.old, ids.fileGone]) {
      expect(fileExists(id)).toBe(false);
      const row = await rowOf(id);
      expect(row.expiredAt).toEqual(now);
      expect(row.sha256).toBe("b".repeat(64));
    }
    for (const id of [ids.edge, ids.fresh]) {
      expect(fileExists(id)).toBe(true);
      expect((await rowOf(id)).expiredAt).toBeNull();
    }

    const purged = await auditEntries(db(), "export.purge");
    expect(purged.map((e) => e.entityId).sort()).toEqual([ids.oldest, ids.older, ids.old, ids.fileGone].sort());
    expect(purged.find((e) => e.entityId === ids.old)).toMatchObject({
      actorId: null,
      actorLabel: RETENTION_ACTOR.label,
      entityType: "export",
      meta: {
        report: "audit-log",
        format: "csv",
        fileName: "journal-audit.csv",
        sha256: "b".repeat(64),
        createdAt: daysAgo(31).toISOString(),
        retentionDays: 30,
        fileDeleted: true,
      },
    });
    expect(purged.find((e) => e.entityId === ids.fileGone)?.meta).toMatchObject({ fileDeleted: false });
    expect((await verifyAuditChain(db())).intact).toBe(true);
  });

  it("does nothing twice: a second run finds nothing due and logs nothing", async () => {
    const before = (await auditEntries(db(), "export.purge")).length;
    const again = await purgeExpiredExports({ now, retentionDays: 30, directory, db: db() });
    expect(again).toMatchObject({ expired: 0, filesDeleted: 0 });
    expect((await auditEntries(db(), "export.purge")).length).toBe(before);
  });

  it("follows the configured number of days (VIGIE_EXPORT_RETENTION_DAYS by default)", async () => {
    const saved = process.env.VIGIE_EXPORT_RETENTION_DAYS;
    process.env.VIGIE_EXPORT_RETENTION_DAYS = "365";
    try {
      const old = await insertExport(daysAgo(200));
      expect(await purgeExpiredExports({ now, directory, db: db() })).toMatchObject({ expired: 0 });
      expect(fileExists(old)).toBe(true);
      const shorter = await purgeExpiredExports({ now, retentionDays: 10, directory, db: db() });
      // The 30-day edge row and this one (the day-old export stays).
      expect(shorter).toMatchObject({ expired: 2, filesDeleted: 2 });
      expect(fileExists(old)).toBe(false);
      expect(fileExists(ids.fresh)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.VIGIE_EXPORT_RETENTION_DAYS;
      else process.env.VIGIE_EXPORT_RETENTION_DAYS = saved;
    }
  });

  it("answers 410 Gone with a clear message for an expired export, and logs nothing as downloaded", async () => {
    const before = (await auditEntries(db(), "export.download")).length;
    const gone = await download(ids.old);
    expect(gone.status).toBe(410);
    const body = (await gone.json()) as { code: string; message: string };
    expect(body.code).toBe("GONE");
    expect(body.message).toContain(`deleted on ${now.toISOString()} at the end of its retention period`);
    expect(body.message).toContain("Generate the export again");
    expect((await auditEntries(db(), "export.download")).length).toBe(before);
  });

  it("serves a live export and logs export.download with the file's fields", async () => {
    const ok = await download(ids.fresh);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe(`export ${ids.fresh}\n`);
    expect((await auditEntries(db(), "export.download")).at(-1)).toMatchObject({
      actorId: auditorId,
      entityType: "export",
      entityId: ids.fresh,
      meta: { report: "audit-log", format: "csv", fileName: "journal-audit.csv", sha256: "b".repeat(64) },
    });
  });

  it("shows expired rows in the history with the date their file was deleted", async () => {
    const { entries } = await listExportHistory(await auditor(), db());
    expect(entries.find((e) => e.id === ids.old)?.expiredAt).toBe(now.toISOString());
    expect(entries.find((e) => e.id === ids.fresh)?.expiredAt).toBeNull();
  });
});
