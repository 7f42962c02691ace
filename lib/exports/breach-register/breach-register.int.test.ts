import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { incidentNotifications, incidents } from "@/db/schema";
import { seedDemo } from "@/lib/demo";
import { getIncident } from "@/lib/incidents/queries";
import { useTestDatabase } from "@/lib/testing/db";
import { isoDateInZone } from "@/lib/time/zone-days";
import type { ExportContext } from "../contract";
import {
  collectPages,
  expectedSheetRows,
  exportContextFor,
  readSheetRows,
  renderToBuffer,
  workbookOf,
} from "../tabular-testing";
import { collect, folded, pdfPages } from "../pdf/test-text";
import { breachRegisterPdfRenderer } from "./pdf";
import { breachSheets } from "./sheets";
import { breachPages } from "./source";
import { breachRegisterXlsxRenderer as renderer } from "./xlsx";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-11-29T10:00:00Z");
const ZONE = "Europe/Paris";
let ctx: ExportContext;

const records = (period: { from?: string; to?: string }) =>
  collectPages(breachPages(db(), period, { timeZone: ZONE, now: NOW, pageSize: 3 }));

beforeAll(async () => {
  await seedDemo(db(), NOW);
  ctx = await exportContextFor(db(), "security", NOW);
});

describe("breach register XLSX", () => {
  it("holds every incident of the period with its facts, severity, decisions, clocks and notifications, read back equal", async () => {
    const period = { from: "2020-01-01", to: isoDateInZone(NOW, ZONE) };
    const workbook = await workbookOf(await renderToBuffer(renderer, ctx, period, "xlsx"));
    const all = await records(period);
    expect(all.length).toBe((await db().select().from(incidents).where(eq(incidents.personalData, true))).length);
    const sheets = breachSheets("fr", ZONE);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Incidents", "Décisions", "Délais", "Notifications"]);
    for (const [index, definition] of sheets.entries()) {
      const sheet = workbook.worksheets[index]!;
      const expected = expectedSheetRows(definition, all);
      expect(readSheetRows(sheet, definition.spec.columns.length)).toEqual(expected);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(sheet.autoFilter).toMatch(new RegExp(`^A1:[A-Z]+${expected.length + 1}$`));
    }
    // The clocks are the incident page's clocks; the notifications carry the authority's reference.
    const detail = (await getIncident(ctx.actor, all[0]!.incident.reference, NOW, db()))!;
    const clockRows = readSheetRows(workbook.worksheets[2]!, 15).filter((row) => row[0] === all[0]!.incident.reference);
    expect(clockRows.map((row) => [row[2], row[11]])).toEqual(detail.clocks.map((c) => [c.id, c.status]));
    const statuses = new Set(readSheetRows(workbook.worksheets[2]!, 15).map((row) => row[11]));
    expect(statuses).toContain("met");
    const breachIds = new Set(all.map((record) => record.incident.id));
    const sent = (await db().select().from(incidentNotifications)).filter((n) => breachIds.has(n.incidentId));
    expect(sent.length).toBeGreaterThan(0);
    expect(readSheetRows(workbook.worksheets[3]!, 9).map((row) => row[4])).toEqual(
      expect.arrayContaining(sent.map((n) => n.reference)),
    );
    const decisions = readSheetRows(workbook.worksheets[1]!, 5);
    expect(
      decisions.some((row) => row[2] === "notify_authority" && typeof row[4] === "string" && row[4].length > 0),
    ).toBe(true);
    const detected = readSheetRows(workbook.worksheets[0]!, 12).map((row) => row[9]);
    expect(detected.every((value) => value instanceof Date)).toBe(true);
  });

  it("keeps to the period (days of the organisation's zone)", async () => {
    const rows = await db().select().from(incidents).where(eq(incidents.personalData, true));
    const days = rows.map((r) => isoDateInZone(r.detectedAt, ZONE)).sort();
    const from = days[Math.floor(days.length / 2)]!;
    const to = days[days.length - 1]!;
    const workbook = await workbookOf(await renderToBuffer(renderer, ctx, { from, to }, "xlsx"));
    const expected = rows
      .filter((r) => isoDateInZone(r.detectedAt, ZONE) >= from && isoDateInZone(r.detectedAt, ZONE) <= to)
      .map((r) => r.reference)
      .sort();
    expect(
      readSheetRows(workbook.worksheets[0]!, 1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(expected);
    expect(expected.length).toBeLessThan(rows.length);
  });

  it("lists the same personal-data breaches in the PDF and the XLSX, and leaves out incidents without personal data", async () => {
    const [outage] = await db()
      .insert(incidents)
      .values({
        reference: "INC-2026-9001",
        title: "Panne du cœur de réseau sans données personnelles",
        detectedAt: new Date("2026-11-10T09:00:00Z"),
        personalData: false,
      })
      .returning();
    const period = { from: "2020-01-01", to: isoDateInZone(NOW, ZONE) };
    const workbook = await workbookOf(await renderToBuffer(renderer, ctx, period, "xlsx"));
    const inXlsx = readSheetRows(workbook.worksheets[0]!, 1).map((row) => row[0] as string);
    const { out, bytes } = collect();
    const progress: [number, number | null][] = [];
    await breachRegisterPdfRenderer.render(
      { ...ctx, onProgress: (done, total) => progress.push([done, total]) },
      period,
      "pdf",
      out,
    );
    const pdfText = folded((await pdfPages(bytes())).join("\n"));
    const references = (await db().select().from(incidents)).map((row) => row.reference);
    const inPdf = references.filter((reference) => pdfText.includes(`${reference} —`));
    const breaches = (await db().select().from(incidents).where(eq(incidents.personalData, true))).map(
      (row) => row.reference,
    );
    expect(inXlsx.length).toBeGreaterThan(0);
    expect([...inXlsx].sort()).toEqual([...breaches].sort());
    expect([...inPdf].sort()).toEqual([...inXlsx].sort());
    expect(inXlsx).not.toContain(outage!.reference);
    // Progress counts against the number of breaches, from the first page on.
    expect(progress.at(-1)).toEqual([breaches.length, breaches.length]);
    expect(progress.every(([, total]) => total === breaches.length)).toBe(true);
  });

  it("neutralises hostile incident texts starting with = + - @ tab or CR", async () => {
    const [row] = await db()
      .insert(incidents)
      .values({
        reference: "INC-2026-9999",
        title: '=HYPERLINK("http://evil")',
        description: "+cmd",
        consequences: "-2+3",
        remedialMeasures: "@SUM(A1)",
        awarenessReason: "\t=1",
        detectedAt: NOW,
        awareAt: NOW,
        personalData: true,
        systems: ["=evil"],
      })
      .returning();
    await db().insert(incidentNotifications).values({
      incidentId: row!.id,
      obligation: "gdpr-33",
      sentAt: NOW,
      reference: "\r=2",
      delayReason: "=3",
      recordedBy: "@me",
    });
    const workbook = await workbookOf(await renderToBuffer(renderer, ctx, { reference: "INC-2026-9999" }, "xlsx"));
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow(
        (r, n) =>
          n > 1 && r.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value.replace(/\r/g, "\n"))),
      ),
    );
    for (const value of ['=HYPERLINK("http://evil")', "+cmd", "-2+3", "@SUM(A1)", "\t=1", "=evil", "\n=2", "=3", "@me"])
      expect(texts).toContain(`'${value}`);
    expect(texts.filter((t) => /^[=+\-@\t\r\n]/.test(t))).toEqual([]);
  });
});
