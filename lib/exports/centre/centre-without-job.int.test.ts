import { createHash } from "node:crypto";
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exportHistory } from "@/db/schema";
import { auditEntries } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { setUpExportCentre } from "./centre-fixtures";
import { unsafeGenerateExport } from "./runner";

/** An export generated and recorded without a job (the machine API's path). */
const { db, directory, period, now, actorOf, historyCount, filesIn } = setUpExportCentre(useTestDatabase());

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
