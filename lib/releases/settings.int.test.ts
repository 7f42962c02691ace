import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisation, releases } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { insertActivity } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { auditCount, auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { getRelease, listReleases, releaseSettings } from "./queries";
import { updateReleaseSettings } from "./settings";
import { uploadRelease } from "./upload";
import { sampleOriginTable } from "./sample-table";

/** The default threshold k set by the DPO: the next review applies it, past reviews keep theirs. */
const database = useTestDatabase();
const now = new Date("2026-11-20T10:00:00Z");
const ids = {} as Record<"dpo" | "security" | "auditor", string>;
let auditor: Actor;
let entry = "";
let exportDir = "";
const savedDir = process.env.VIGIE_EXPORT_DIR;
const db = () => database.current.handle.db;

const TABLE = sampleOriginTable("2026-11-02");

async function* body(text: string) {
  yield Buffer.from(text);
}

const upload = (series: string, k?: number) =>
  uploadRelease({
    db: db(),
    actor: { id: ids.dpo, label: "DPO" },
    now,
    input: { series, recipient: "Métropole", purpose: "Trafic routier", processingActivity: entry, k },
    body: body(TABLE),
  });

const setThreshold = (role: keyof typeof ids, threshold: unknown) =>
  executeAction(updateReleaseSettings, ids[role], { threshold }, { now });

const storedThreshold = async () => (await db().select({ k: organisation.releaseThreshold }).from(organisation))[0]!.k;

beforeAll(async () => {
  exportDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-release-settings-"));
  process.env.VIGIE_EXPORT_DIR = exportDir;
  await db().insert(organisation).values({ id: 1, name: "Opérateur de test" }).onConflictDoNothing();
  for (const role of ["dpo", "security", "auditor"] as const) ids[role] = (await unsafeCreateUser(db(), { role })).id;
  auditor = (await loadActor(db(), ids.auditor, now))!;
  const ctx = { tx: db(), actor: { id: ids.dpo, label: "DPO" }, now };
  entry = (await insertActivity(ctx, buildControllerEntry({ name: "Statistiques de mobilité" }), "create")).reference;
});

afterAll(() => {
  process.env.VIGIE_EXPORT_DIR = savedDir;
  fs.rmSync(exportDir, { recursive: true, force: true });
});

describe("the default threshold k", () => {
  it("is applied by the next review once the DPO changes it; the past review keeps its k, summary and file", async () => {
    const before = await upload("Avant");
    expect(before.summary).toMatchObject({ k: 10, suppressed: { primary: 1 } });
    const [pastRow] = await db().select().from(releases).where(eq(releases.reference, before.reference));

    const changed = await setThreshold("dpo", "50");
    expect(changed).toEqual({ ok: true, data: { threshold: 50 } });
    expect(await storedThreshold()).toBe(50);
    expect((await releaseSettings(auditor)).threshold).toBe(50);
    const [entryOfChange] = (await auditEntries(db(), "release.settings")).slice(-1);
    expect(entryOfChange).toMatchObject({
      entityType: "organisation",
      entityId: "1",
      before: { releaseThreshold: 10 },
      after: { releaseThreshold: 50 },
    });

    const after = await upload("Après");
    expect(after.summary).toMatchObject({ k: 50, suppressed: { primary: 4 } });
    const [newRow] = await db().select().from(releases).where(eq(releases.reference, after.reference));
    expect(newRow!.k).toBe(50);

    // The past review is untouched: its row (k, summary, criteria, file hash) and what every reader sees.
    const [pastAgain] = await db().select().from(releases).where(eq(releases.reference, before.reference));
    expect(pastAgain).toEqual(pastRow);
    const past = await getRelease(auditor, before.reference);
    expect(past).toMatchObject({ k: 10, summary: { k: 10, suppressed: { primary: 1 } }, currentThreshold: 50 });
    const listed = new Map((await listReleases(auditor)).map((r) => [r.reference, r.k]));
    expect(listed.get(before.reference)).toBe(10);
    expect(listed.get(after.reference)).toBe(50);
  });

  it("stays a floor for a release's own k: raising is allowed, lowering below the new default refused", async () => {
    await expect(upload("Plus bas", 20)).rejects.toMatchObject({
      issues: [{ path: "k", message: "releases.errors.kBelowDefault" }],
    });
    expect((await upload("Plus haut", 60)).summary.k).toBe(60);
  });

  it("refuses the security director and the auditor, writing only access.denied", async () => {
    for (const role of ["security", "auditor"] as const) {
      const count = await auditCount(db());
      expect(await setThreshold(role, 12)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await auditCount(db())).toBe(count + 1);
      expect((await auditEntries(db())).at(-1)).toMatchObject({
        action: "access.denied",
        entityId: "releases.updateSettings",
      });
    }
    expect(await storedThreshold()).toBe(50);
  });

  it("refuses hostile input with a field error naming the threshold, and writes nothing", async () => {
    const cases: [unknown, string][] = [
      ["1\u00000", "releases.errors.thresholdInteger"],
      ["\ud800", "releases.errors.thresholdInteger"],
      ["1\ud800", "releases.errors.thresholdInteger"],
      ["dix", "releases.errors.thresholdInteger"],
      [12.5, "releases.errors.thresholdInteger"],
      [{ toString: "12" }, "releases.errors.thresholdInteger"],
      [1e308, "releases.errors.thresholdCeiling"],
      ["9".repeat(25), "releases.errors.thresholdCeiling"],
      [Number.MAX_SAFE_INTEGER + 2, "releases.errors.thresholdCeiling"],
      [2, "releases.errors.thresholdFloor"],
      ["0", "releases.errors.thresholdFloor"],
    ];
    const count = await auditCount(db());
    for (const [index, [threshold, message]] of cases.entries()) {
      const result = await setThreshold("dpo", threshold);
      expect(result, `case ${index}`).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { threshold: [message] },
      });
    }
    const extra = await executeAction(updateReleaseSettings, ids.dpo, { threshold: 12, k: 1 }, { now });
    expect(extra).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await auditCount(db())).toBe(count);
    expect(await storedThreshold()).toBe(50);
  });

  it("shows a pending release reviewed below today's default as such", async () => {
    const pending = (await listReleases(auditor)).find((r) => r.series === "Avant")!;
    const detail = await getRelease(auditor, pending.reference);
    expect(detail).toMatchObject({ status: "pending", k: 10, currentThreshold: 50 });
  });
});
