import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { releaseCells, releases } from "@/db/schema";
import { executeAction } from "@/lib/action";
import { misnumberedPages, pdfPages } from "@/lib/exports/pdf/test-text";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { insertActivity } from "@/lib/register/store";
import { auditEntries, unsafeCreateUser } from "@/lib/testing/fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import { downloadReleaseFile } from "./downloads";
import { decideRelease } from "./mutations";
import { getRelease, listReleases } from "./queries";
import { uploadRelease } from "./upload";

let signedIn: string | null = null;
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: async () => (signedIn ? { user: { id: signedIn } } : null),
}));

/** The release lifecycle on a real database: upload and review, refusal, decision, download, differencing. */
const database = useTestDatabase();
const now = new Date("2026-11-20T10:00:00Z");
const ids = {} as Record<"dpo" | "auditor", string>;
let dpo: Actor;
let auditor: Actor;
let active = "";
let draft = "";
let exportDir = "";
const savedDir = process.env.VIGIE_EXPORT_DIR;

const HEADER = "area,window_start,window_end,origin_area,count";
const w = (hour: number) => `2026-11-02T${String(hour).padStart(2, "0")}:00:00Z`;
const TABLE = [
  HEADER,
  `Z1,${w(8)},${w(9)},Z1,120`,
  `Z1,${w(8)},${w(9)},Z2,4`,
  `Z1,${w(8)},${w(9)},Z3,40`,
  `Z2,${w(8)},${w(9)},Z1,55`,
  `Z2,${w(8)},${w(9)},Z2,200`,
  `Z2,${w(8)},${w(9)},Z3,60`,
  `Z3,${w(8)},${w(9)},Z1,35`,
  `Z3,${w(8)},${w(9)},Z2,45`,
  `Z3,${w(8)},${w(9)},Z3,300`,
].join("\n");

async function* body(text: string | Buffer) {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += 64) yield bytes.subarray(i, i + 64);
}

const upload = (csv: string, input: Record<string, unknown> = {}) =>
  uploadRelease({
    db: database.current.handle.db,
    actor: { id: dpo.id, label: "DPO" },
    now,
    input: {
      series: "Trafic Lyon",
      recipient: "Métropole",
      purpose: "Analyse du trafic routier",
      processingActivity: active,
      ...input,
    },
    body: body(csv),
  });

beforeAll(async () => {
  exportDir = fs.mkdtempSync(path.join(os.tmpdir(), "vigie-releases-"));
  process.env.VIGIE_EXPORT_DIR = exportDir;
  const db = database.current.handle.db;
  ids.dpo = (await unsafeCreateUser(db, { role: "dpo" })).id;
  ids.auditor = (await unsafeCreateUser(db, { role: "auditor" })).id;
  dpo = (await loadActor(db, ids.dpo, now))!;
  auditor = (await loadActor(db, ids.auditor, now))!;
  const ctx = { tx: db, actor: { id: ids.dpo, label: "DPO" }, now };
  active = (await insertActivity(ctx, buildControllerEntry({ name: "Statistiques de mobilité" }), "create")).reference;
  draft = (await insertActivity(ctx, buildControllerEntry({ name: "Brouillon", status: "draft" }), "create")).reference;
});

afterAll(() => {
  process.env.VIGIE_EXPORT_DIR = savedDir;
  fs.rmSync(exportDir, { recursive: true, force: true });
});

describe("a release's lifecycle", () => {
  let reference = "";

  it("reviews an upload: suppressed cells, stored published cells, hashed file, release.review entry", async () => {
    const result = await upload(TABLE);
    expect(result.status).toBe("pending");
    expect(result.summary).toMatchObject({ cells: 9, windows: 1, suppressed: { primary: 1 } });
    expect(result.summary.suppressed.complementary).toBeGreaterThanOrEqual(3);
    reference = result.reference;
    expect(reference).toMatch(/^REL-\d{4}$/);
    const db = database.current.handle.db;
    const [row] = await db.select().from(releases).where(eq(releases.reference, reference));
    const published = 9 - result.summary.suppressed.primary - result.summary.suppressed.complementary;
    const [cells] = await db.select({ n: count() }).from(releaseCells).where(eq(releaseCells.releaseId, row!.id));
    expect(cells!.n).toBe(published);
    const file = fs.readFileSync(path.join(exportDir, row!.fileKey!));
    expect(createHash("sha256").update(file).digest("hex")).toBe(row!.fileSha256);
    expect(row!.sourceSha256).toBe(createHash("sha256").update(TABLE).digest("hex"));
    expect(file.toString()).toContain(`Z1,2026-11-02T08:00:00.000Z,2026-11-02T09:00:00.000Z,Z2,,primary`);
    const audit = await auditEntries(db, "release.review");
    expect(audit.at(-1)).toMatchObject({ entityType: "release", entityId: reference });
  });

  it("cannot be downloaded before approval; the auditor reads it but cannot decide", async () => {
    expect((await downloadReleaseFile(dpo, reference, "release.csv")).status).toBe(409);
    expect((await downloadReleaseFile(dpo, reference, "review.pdf")).status).toBe(409);
    expect((await listReleases(auditor)).map((r) => r.reference)).toContain(reference);
    const detail = await getRelease(auditor, reference);
    expect(detail).toMatchObject({ status: "pending", entry: { reference: active }, canDownloadFile: false });
    expect(detail!.criteria.map((c) => c.name)).toEqual(["singlingOut", "linkability", "inference"]);
    const refused = await executeAction(
      decideRelease,
      ids.auditor,
      { reference, decision: "approved", rationale: "x".repeat(30), version: 1 },
      { now },
    );
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("requires a rationale, then approves with a review report, and the file downloads with its hash", async () => {
    const missing = await executeAction(
      decideRelease,
      ids.dpo,
      { reference, decision: "approved", rationale: "ok", version: 1 },
      { now },
    );
    expect(missing).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { rationale: ["releases.errors.rationale"] },
    });
    const stale = await executeAction(
      decideRelease,
      ids.dpo,
      { reference, decision: "approved", rationale: "Seuil et secret secondaire appliqués.", version: 7 },
      { now },
    );
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const approved = await executeAction(
      decideRelease,
      ids.dpo,
      { reference, decision: "approved", rationale: "Seuil et secret secondaire appliqués.", version: 1 },
      { now },
    );
    expect(approved).toMatchObject({ ok: true, data: { reference, status: "approved" } });
    const again = await executeAction(
      decideRelease,
      ids.dpo,
      { reference, decision: "rejected", rationale: "Seuil et secret secondaire appliqués.", version: 2 },
      { now },
    );
    expect(again).toMatchObject({ ok: false, code: "CONFLICT", message: "releases.errors.notPending" });
    const audit = await auditEntries(database.current.handle.db, "release.approve");
    expect(audit).toHaveLength(1);
    const file = await downloadReleaseFile(auditor, reference, "release.csv");
    expect(file.status).toBe(200);
    const text = await file.text();
    expect(createHash("sha256").update(text).digest("hex")).toBe(file.headers.get("x-content-sha256"));
    expect(text.split("\n")[0]).toBe("area,window_start,window_end,origin_area,count,suppressed");
    const report = await downloadReleaseFile(auditor, reference, "review.pdf");
    expect(report.status).toBe(200);
    const pdf = Buffer.from(await report.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // The cover first ("Page i"), then the review's pages numbered "N / M".
    const pages = await pdfPages(pdf);
    expect(pages[0]).toContain(reference);
    expect(misnumberedPages(pages, 1)).toEqual([]);
    expect((await downloadReleaseFile(auditor, reference, "../../etc/passwd")).status).toBe(404);
    expect((await downloadReleaseFile(auditor, `${reference}\u0000`, "release.csv")).status).toBe(404);
    expect((await downloadReleaseFile(auditor, "REL-\ud800", "release.csv")).status).toBe(404);
  });

  it("flags a second release of the series whose difference with the first reveals a small count", async () => {
    // Same cells over 8:00–10:00: Z1←Z1 counts 123 where the approved 8:00–9:00 release published 120.
    const wider = TABLE.replaceAll(w(9), w(10)).replace(`Z1,${w(8)},${w(10)},Z1,120`, `Z1,${w(8)},${w(10)},Z1,123`);
    const flagged = await upload(wider);
    expect(flagged.summary.differencing).toMatchObject({ earlierReleases: 1, flagged: 1, suppressed: 0 });
    expect(flagged.summary.examples.differencing[0]).toMatchObject({ area: "Z1", dims: ["Z1"], difference: 3 });
    const detail = await getRelease(dpo, flagged.reference);
    expect(detail!.criteria.find((c) => c.name === "linkability")?.answer).toBe("present");
    const suppressed = await upload(wider, { suppressDifferencing: "true" });
    expect(suppressed.summary.differencing).toMatchObject({ flagged: 1, suppressed: 1 });
  });

  it("records a refused review without file or cells: identifier column, one row per person", async () => {
    const before = await database.current.handle.db.select({ n: count() }).from(releaseCells);
    const imsi = await upload(
      "area,window_start,window_end,imsi,count\nZ1,2026-11-02T08:00Z,2026-11-02T09:00Z,208150123456789,1\n",
    );
    expect(imsi).toMatchObject({ status: "refused", summary: { refusal: { kind: "layout" } } });
    const people = [HEADER, ...Array.from({ length: 30 }, (_, i) => `Z${i},${w(8)},${w(9)},Z0,1`)].join("\n");
    const perPerson = await upload(people);
    expect(perPerson).toMatchObject({ status: "refused", summary: { refusal: { kind: "perPerson" } } });
    const [row] = await database.current.handle.db
      .select()
      .from(releases)
      .where(eq(releases.reference, perPerson.reference));
    expect(row).toMatchObject({ status: "refused", fileKey: null, fileSha256: null });
    expect(await database.current.handle.db.select({ n: count() }).from(releaseCells)).toEqual(before);
    expect(fs.readdirSync(exportDir).filter((name) => name.endsWith(".part"))).toEqual([]);
    const decide = await executeAction(
      decideRelease,
      ids.dpo,
      { reference: perPerson.reference, decision: "approved", rationale: "x".repeat(30), version: 1 },
      { now },
    );
    expect(decide).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a draft register entry, an unknown one, a threshold below the default, invalid UTF-8 — naming the field", async () => {
    await expect(upload(TABLE, { processingActivity: draft })).rejects.toMatchObject({
      issues: [{ path: "processingActivity", message: "releases.errors.entryNotActive" }],
    });
    await expect(upload(TABLE, { processingActivity: "TRT-9999" })).rejects.toMatchObject({
      issues: [{ path: "processingActivity" }],
    });
    await expect(upload(TABLE, { k: 5 })).rejects.toMatchObject({
      issues: [{ path: "k", message: "releases.errors.kBelowDefault" }],
    });
    const latin1 = Buffer.concat([Buffer.from(`${HEADER}\nZ\xe9`, "latin1")]);
    await expect(
      uploadRelease({
        db: database.current.handle.db,
        actor: { id: dpo.id, label: "DPO" },
        now,
        input: { series: "S", recipient: "R", purpose: "P", processingActivity: active },
        body: body(latin1),
      }),
    ).rejects.toMatchObject({ issues: [{ path: "file", message: "releases.errors.encoding" }] });
    const raised = await upload(TABLE, { k: 50, series: "Autre" });
    expect(raised.summary.k).toBe(50);
  });
});

describe("POST /api/releases", () => {
  it("streams a gzip body, refuses hostile parameters naming them, and refuses the auditor", async () => {
    const { POST } = await import("@/app/api/releases/route");
    const send = (query: string, data: BodyInit, headers: Record<string, string> = {}) =>
      POST(
        new Request(`http://vigie.test/api/releases?${query}`, {
          method: "POST",
          headers: { origin: "http://vigie.test", "content-type": "text/csv", ...headers },
          body: data,
          duplex: "half",
        } as RequestInit),
      );
    const good = `series=Gz&recipient=R&purpose=P&processingActivity=${active}`;
    signedIn = ids.dpo;
    const ok = await send(good, gzipSync(TABLE), { "content-encoding": "gzip" });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ status: "pending", summary: { cells: 9 } });
    const nul = await send(`series=A%00B&recipient=R&purpose=P&processingActivity=${active}`, TABLE);
    expect(nul.status).toBe(400);
    expect((await nul.json()).issues.map((i: { path: string }) => i.path)).toContain("series");
    // A URL cannot carry a lone surrogate (decoding makes it U+FFFD); an over-long field is named.
    const long = await send(
      `series=S&recipient=${"r".repeat(201)}&purpose=P&processingActivity=${active}&k=abc`,
      TABLE,
    );
    expect(long.status).toBe(400);
    expect((await long.json()).issues.map((i: { path: string }) => i.path).sort()).toEqual(["k", "recipient"]);
    const unknown = await send(`${good}&hack=1`, TABLE);
    expect((await unknown.json()).issues).toEqual([{ path: "hack", message: "hack: unknown parameter" }]);
    const badDate = await send(good, `${HEADER}\nZ1,2026-02-30T08:00Z,2026-02-30T09:00Z,Z1,40\n`);
    expect(await badDate.json()).toMatchObject({
      status: "refused",
      summary: { refusal: { kind: "row", problem: "windowStart", line: 2 } },
    });
    const huge = await send(good, TABLE, { "content-length": String(5 * 1024 ** 3) });
    expect(huge.status).toBe(413);
    const badGzip = await send(good, "not gzip", { "content-encoding": "gzip" });
    expect(badGzip.status).toBe(400);
    signedIn = ids.auditor;
    const before = await database.current.handle.db.select({ n: count() }).from(releases);
    expect((await send(good, TABLE)).status).toBe(403);
    expect(await database.current.handle.db.select({ n: count() }).from(releases)).toEqual(before);
    signedIn = null;
  });
});
