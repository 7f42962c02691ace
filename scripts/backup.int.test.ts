import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appendAudit } from "@/lib/audit/write";
import { verifyAuditChain } from "@/lib/audit/verify";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { backupDatabase, hasVigieTables, restoreEmbedded, restorePostgres, rowCounts } from "@/db/backup";
import { openDatabase } from "@/db/client";

const database = useTestDatabase();
const db = () => database.current.handle.db;

describe("backup and restore", () => {
  it("round-trips into an empty database: the same rows per table, and the audit chain verifies", async () => {
    await unsafeCreateUser(db(), { role: "dpo", name: "Zoë Sauvegarde" });
    for (let i = 0; i < 5; i++)
      await db().transaction((tx) =>
        appendAudit(
          tx,
          { id: null, label: "backup test" },
          { action: "user.update", entityType: "user", entityId: `b${i}`, after: { i, text: "é📡" } },
        ),
      );
    const before = await rowCounts(db());
    expect(before.audit_log).toBeGreaterThanOrEqual(5);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-backup-"));
    const file = path.join(dir, "vigie.backup");
    try {
      await backupDatabase(database.current.handle, file, database.current.url ?? undefined);
      if (database.current.handle.driver === "pglite") {
        const dataDir = path.join(dir, "restored");
        await restoreEmbedded(dataDir, file, "backup test");
        await expect(restoreEmbedded(dataDir, file, "backup test")).rejects.toThrow(/empty data directory/);
        const restored = await openDatabase({ dataDir });
        try {
          expect(await rowCounts(restored.db)).toEqual(before);
          expect(await verifyAuditChain(restored.db)).toMatchObject({ intact: true, entries: before.audit_log });
        } finally {
          await restored.close();
        }
      } else {
        const url = new URL(database.current.url!);
        const name = `sec_restore_${randomBytes(4).toString("hex")}`;
        const admin = await openDatabase({ url: url.toString(), max: 1 });
        await admin.db.execute(`create database ${name}`);
        url.pathname = `/${name}`;
        const restored = await openDatabase({ url: url.toString(), max: 2 });
        try {
          restorePostgres(url.toString(), file, await hasVigieTables(restored.db));
          expect(await rowCounts(restored.db)).toEqual(before);
          expect(await verifyAuditChain(restored.db)).toMatchObject({ intact: true, entries: before.audit_log });
          expect(() => restorePostgres(url.toString(), file, true)).toThrow(/empty database/);
        } finally {
          await restored.close();
          await admin.db.execute(`drop database if exists ${name} with (force)`);
          await admin.close();
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
