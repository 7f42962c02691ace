import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exportJobs } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { auditCount } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { setUpExportCentre } from "./centre-fixtures";
import { MAX_RUNNING_JOBS_PER_PERSON, requestExport } from "./mutations";

/** Requests the export centre refuses: field by field, with nothing written. */
const { db, ids, period, now, jobCount } = setUpExportCentre(useTestDatabase());

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
