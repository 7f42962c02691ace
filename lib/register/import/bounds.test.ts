import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import yazl from "yazl";
import en from "../messages.en.json";
import fr from "../messages.fr.json";
import { MAX_IMPORT_ROWS, MAX_IMPORT_UNPACKED_BYTES } from "./bounds";
import { ImportFileError, parseCsv, parseImportFile } from "./file";

async function xlsxOf(rows: number): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Registre");
  sheet.addRow(["name", "purpose"]);
  for (let n = 1; n <= rows; n++) sheet.addRow([`Traitement ${n}`, "Facturation"]);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** A ZIP whose sheet unpacks to `megabytes` MB of XML whitespace (a few hundred kB packed). */
async function zipBomb(megabytes: number): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from('<?xml version="1.0"?><Types/>'), "[Content_Types].xml");
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  zip.addReadStream(
    Readable.from(
      (function* () {
        yield Buffer.from('<worksheet><sheetData><row r="1"><c t="inlineStr"><is><t>');
        for (let n = 0; n < megabytes; n++) yield chunk;
        yield Buffer.from("</t></is></c></row></sheetData></worksheet>");
      })(),
    ),
    "xl/worksheets/sheet1.xml",
  );
  zip.end();
  const parts: Buffer[] = [];
  for await (const part of zip.outputStream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** The same ZIP with every size its directory and local headers declare rewritten to `size`. */
function lyingAboutSizes(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let at = 0; at < out.length - 4; at++) {
    const signature = out.readUInt32LE(at);
    if (signature === 0x02014b50) out.writeUInt32LE(size, at + 24);
    else if (signature === 0x04034b50 && out.readUInt32LE(at + 22) > size) out.writeUInt32LE(size, at + 22);
  }
  return out;
}

async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportFileError);
  return (error as ImportFileError).key;
}

describe("bounded parsing of register imports", { timeout: 30_000 }, () => {
  it("reads an XLSX of exactly the row limit, every row kept", async () => {
    const file = await parseImportFile("registre.xlsx", await xlsxOf(MAX_IMPORT_ROWS));
    expect(file.header).toEqual(["name", "purpose"]);
    expect(file.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(file.rows.at(-1)).toEqual({ name: `Traitement ${MAX_IMPORT_ROWS}`, purpose: "Facturation" });
  });

  it("refuses an XLSX of 10,001 rows as a whole (never cut to 10,000 in silence)", async () => {
    expect(await refusal(parseImportFile("registre.xlsx", await xlsxOf(MAX_IMPORT_ROWS + 1)))).toBe(
      "register.import.errors.tooManyRows",
    );
  });

  it("refuses a zip bomb from its directory before unpacking it", async () => {
    const bomb = await zipBomb(MAX_IMPORT_UNPACKED_BYTES / 1024 / 1024 + 36);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const memoryBefore = process.memoryUsage().rss;
    expect(await refusal(parseImportFile("bombe.xlsx", bomb.buffer as ArrayBuffer))).toBe(
      "register.import.errors.tooLarge",
    );
    expect(performance.now() - started).toBeLessThan(500);
    expect(process.memoryUsage().rss - memoryBefore).toBeLessThan(32 * 1024 * 1024);
  });

  it("refuses a zip bomb whose directory lies about its sizes, after unpacking at most the declared bytes", async () => {
    const bomb = lyingAboutSizes(await zipBomb(90), 1000);
    expect(await refusal(parseImportFile("bombe.xlsx", bomb.buffer as ArrayBuffer))).toBe(
      "register.import.errors.tooLarge",
    );
  });

  it("reads dates, rich text, formulas' results and empty cells of a streamed sheet as text", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Registre");
    sheet.addRow(["name", "dpia_completed_on", "purpose", "notes"]);
    sheet.addRow([
      { richText: [{ text: "Fact" }, { text: "uration" }] },
      new Date(Date.UTC(2025, 11, 31)),
      null,
      { formula: "1+1", result: 2 },
    ]);
    sheet.addRow([]);
    const file = await parseImportFile("registre.xlsx", (await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(file.rows).toEqual([{ name: "Facturation", dpia_completed_on: "2025-12-31", purpose: "", notes: "2" }]);
  });

  it("refuses a file that is not a ZIP as unreadable", async () => {
    expect(await refusal(parseImportFile("registre.xlsx", new TextEncoder().encode("name,purpose\n").buffer))).toBe(
      "register.import.failed",
    );
  });

  it("reads a CSV of exactly the row limit and refuses one of 10,001 rows", () => {
    const csv = (rows: number) =>
      Papa.unparse({
        fields: ["name", "purpose"],
        data: Array.from({ length: rows }, (_, n) => [`Traitement ${n + 1}`, "Facturation"]),
      });
    expect(parseCsv(csv(MAX_IMPORT_ROWS)).rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(() => parseCsv(csv(MAX_IMPORT_ROWS + 1))).toThrow(ImportFileError);
    expect(() => parseCsv(" ".repeat(MAX_IMPORT_UNPACKED_BYTES + 1))).toThrow("register.import.errors.tooLarge");
  });

  it("names the limits in the messages the page shows", () => {
    expect(en.register.import.errors.tooManyRows).toContain("10,000");
    expect(fr.register.import.errors.tooManyRows).toContain("10 000");
    expect(en.register.import.errors.tooLarge).toContain(`${MAX_IMPORT_UNPACKED_BYTES / 1024 / 1024} MB`);
  });
});
