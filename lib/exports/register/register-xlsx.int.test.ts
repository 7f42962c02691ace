import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/lib/demo";
import { executeAction } from "@/lib/action";
import { parseImportFile } from "@/lib/register/import/file";
import { importActivities } from "@/lib/register/import/mutation";
import { previewImport } from "@/lib/register/import/preview";
import { rowToEntry } from "@/lib/register/import/layout";
import { processingActivityFieldsSchema } from "@/lib/register/schemas";
import { insertActivity } from "@/lib/register/store";
import { buildControllerEntry } from "@/lib/register/test-fixtures";
import { useTestDatabase } from "@/lib/testing/db";
import type { ExportContext } from "../contract";
import {
  collectPages,
  expectedSheetRows,
  exportContextFor,
  readSheetRows,
  renderToBuffer,
  workbookOf,
} from "../tabular-testing";
import { registerTabularRenderer as renderer } from "./renderer";
import { registerSheets } from "./sheets";
import { registerPages } from "./source";

const database = useTestDatabase();
const db = () => database.current.handle.db;
const NOW = new Date("2026-11-29T10:00:00Z");
let ctx: ExportContext;

const allRecords = (selection = {}) =>
  collectPages(registerPages(db(), selection, { timeZone: "Europe/Paris", pageSize: 7 }));

beforeAll(async () => {
  await seedDemo(db(), NOW);
  ctx = await exportContextFor(db(), "auditor", NOW);
});

describe("register XLSX", () => {
  it("reads back, sheet by sheet, exactly the register's data, with frozen header, auto-filter, widths and real dates", async () => {
    const bytes = await renderToBuffer(renderer, ctx, {}, "xlsx");
    const workbook = await workbookOf(bytes);
    const records = await allRecords();
    expect(records).toHaveLength(40);
    const sheets = registerSheets("fr");
    expect(workbook.worksheets.map((s) => s.name)).toEqual(sheets.map((s) => s.spec.name));
    for (const [index, definition] of sheets.entries()) {
      const sheet = workbook.worksheets[index]!;
      const { columns } = definition.spec;
      expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.header)]);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      const expected = expectedSheetRows(definition, records);
      expect(sheet.autoFilter).toBe(`A1:${sheet.getColumn(columns.length).letter}${expected.length + 1}`);
      expect(columns.map((_, i) => sheet.getColumn(i + 1).width)).toEqual(columns.map((c) => c.width));
      expect(readSheetRows(sheet, columns.length)).toEqual(expected);
    }
    const activities = workbook.worksheets[0]!;
    const reviewColumn = columnsIndex(activities, "next_review_on");
    const dates = readSheetRows(activities, activities.columnCount)
      .map((row) => row[reviewColumn])
      .filter((v) => v !== null);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d instanceof Date)).toBe(true);
    expect(activities.getRow(2).getCell(reviewColumn + 1).numFmt).toBe("yyyy-mm-dd");
  });

  it("round-trips through the import without loss: every demo entry, controller and processor", async () => {
    const records = await allRecords();
    expect(new Set(records.map((r) => r.content.role))).toEqual(
      new Set(["controller", "joint_controller", "processor"]),
    );
    const file = await parseImportFile(
      "registre.xlsx",
      (await renderToBuffer(renderer, ctx, {}, "xlsx")).buffer as ArrayBuffer,
    );
    expect(file.rows).toHaveLength(records.length);
    // Every row reads back to the very entry it came from (retired ones included).
    file.rows.forEach((row, i) =>
      expect(processingActivityFieldsSchema.parse(rowToEntry(row).entry)).toEqual(records[i]!.content),
    );

    // The import itself takes every entry but the retired one (the import refuses retired entries, by design).
    const importable = file.rows.filter((row) => row.status !== "retired");
    const retired = file.rows.filter((row) => row.status === "retired");
    expect(retired).toHaveLength(1);
    expect(previewImport(file.header, retired).rows[0]!.errors).toEqual([
      { column: "status", path: "status", message: "register.import.errors.retiredStatus" },
    ]);
    const preview = previewImport(file.header, importable);
    expect(preview.missingColumns).toEqual([]);
    expect(preview.unknownColumns).toEqual([]);
    const result = await importAsDpo(preview.entries);
    const imported = await allRecords();
    const byReference = new Map(imported.map((r) => [r.reference, r.content]));
    const sources = records.filter((r) => r.status !== "retired");
    expect(result.data.references.map((reference) => byReference.get(reference))).toEqual(
      sources.map((r) => r.content),
    );
  });

  it.each(["xlsx", "csv"] as const)(
    "round-trips hostile names through %s export → import unchanged (the neutralising quote is taken off)",
    async (format) => {
      const names = ["- Prospection", "=Fichier clients", "+Abonnés", "@Partenaires", "'=déjà cité", "'- cité aussi"];
      const references: string[] = [];
      for (const [index, name] of names.entries()) {
        const entry = buildControllerEntry({
          name: `${name} ${format}`,
          businessOwner: index === 0 ? "-Direction marketing" : "Direction",
          purposes: [{ description: "=prospection", legalBasis: "contract", balancingTest: "", art9Condition: null }],
        });
        const row = await insertActivity({ tx: db(), actor: { id: null, label: "test" }, now: NOW }, entry, "create");
        references.push(row.reference);
      }
      const sources = (await allRecords()).filter((r) => references.includes(r.reference));
      const bytes = await renderToBuffer(renderer, ctx, {}, format);
      const file = await parseImportFile(
        `registre.${format}`,
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      const rows = file.rows.filter((row) => references.includes(row.reference ?? ""));
      expect(rows.map((row) => processingActivityFieldsSchema.parse(rowToEntry(row).entry))).toEqual(
        sources.map((r) => r.content),
      );

      const preview = previewImport(file.header, rows);
      expect(preview.rows.flatMap((row) => row.errors)).toEqual([]);
      const result = await importAsDpo(preview.entries);
      const imported = (await allRecords()).filter((r) => result.data.references.includes(r.reference));
      expect(imported.map((r) => r.content.name)).toEqual(names.map((name) => `${name} ${format}`));
      expect(imported.map((r) => r.content)).toEqual(sources.map((r) => r.content));
    },
  );

  it("neutralises hostile texts starting with = + - @ tab or CR", async () => {
    const hostile = buildControllerEntry({
      name: '=HYPERLINK("http://evil.example","x")',
      description: "+33 6 00 00 00 00",
      businessOwner: "-2+3",
      dataSource: "@SUM(A1:A9)",
      criminalDataAuthorisation: "\t=1+1",
      securityMeasures: { measures: ["access_control"], description: "\r=cmd|' /C calc'!A0" },
      purposes: [{ description: "=1+1", legalBasis: "contract", balancingTest: "", art9Condition: null }],
      processors: [{ name: "@evil", service: "-x", country: "FR", contractDate: null }],
    });
    const row = await insertActivity({ tx: db(), actor: { id: null, label: "test" }, now: NOW }, hostile, "create");
    const workbook = await workbookOf(await renderToBuffer(renderer, ctx, { reference: row.reference }, "xlsx"));
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((r, n) => n > 1 && r.eachCell((cell) => typeof cell.value === "string" && texts.push(cell.value))),
    );
    for (const value of [
      '=HYPERLINK("http://evil.example","x")',
      "+33 6 00 00 00 00",
      "-2+3",
      "@SUM(A1:A9)",
      "\t=1+1",
      "\r=cmd|' /C calc'!A0",
      "=1+1",
      "@evil",
      "-x",
    ]) {
      // XML turns a carriage return into a line feed when read: the quote is what matters.
      expect(texts.map((t) => t.replace(/\r/g, "\n"))).toContain(`'${value}`.replace(/\r/g, "\n"));
    }
    expect(texts.filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
    workbook.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((cell) => expect(cell.formula).toBeUndefined())));
  });
});

/** The import action, as the DPO, of previewed entries: the references created. */
async function importAsDpo(entries: ReturnType<typeof previewImport>["entries"]) {
  const dpo = await exportContextFor(db(), "dpo", NOW);
  const result = await executeAction(importActivities, dpo.actor.id, { entries }, { now: NOW, db: db() });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
}

function columnsIndex(sheet: ExcelJS.Worksheet, header: string): number {
  const values = sheet.getRow(1).values as unknown[];
  return values.indexOf(header) - 1;
}
