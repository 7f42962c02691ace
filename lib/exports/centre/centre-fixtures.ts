import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc, count, eq, gt } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { auditLog, consentState, exportHistory, exportJobs, incidents, users } from "@/db/schema";
import { unsafeCreatePurpose } from "@/lib/consent/test-fixtures";
import { unsafeCreateUser } from "@/lib/testing/fixtures";
import type { TestDatabase } from "@/lib/testing/db";
import type { ReportRenderer } from "../contract";
import { renderers } from "../registry";
import { runExportJob } from "./runner";

/**
 * Test support for the export centre's integration tests (centre-*.int.test.ts): renderers
 * defined HERE (test code; the real reports are registered by their own modules), each
 * streaming rows page by page and waiting for "drain" as the contract requires, and a test
 * database with three users, an incident and a subscriber, the renderers registered and an
 * export directory of its own.
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
/** Call at the top of a test file with its `useTestDatabase()`. */
export function setUpExportCentre(database: { readonly current: TestDatabase }) {
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
  return { db, ids, directory, period, now, actorOf, run, jobCount, historyCount, filesIn };
}

export type ExportCentre = ReturnType<typeof setUpExportCentre>;
