import { finished } from "node:stream/promises";
import yauzl from "yauzl";
import { describe, expect, it } from "vitest";
import { readSheetRows, SlowSink, workbookOf } from "../tabular-testing";
import type { XlsxValue } from "./cells";
import { MAX_CELL_LENGTH, streamWorkbook } from "./workbook";

async function* pagesOf(...pages: XlsxValue[][][]) {
  for (const page of pages) yield page;
}

async function* failing(): AsyncGenerator<XlsxValue[][]> {
  yield [["ok"]];
  throw new Error("database went away");
}

const columns = [
  { header: "Nom", width: 30 },
  { header: "Le", width: 12, type: "date" as const },
  { header: "N", width: 6, type: "number" as const },
];

describe("streamWorkbook", () => {
  it("writes sheets page by page that read back with headers, values, dates, widths, frozen row and filter", async () => {
    const sink = new SlowSink();
    await streamWorkbook(
      sink,
      async (book) => {
        expect(
          await book.writeSheet(
            { name: "Un", columns },
            pagesOf(
              [["a", "2026-01-31", 1]],
              [
                ["=b", null, -2],
                ["c", "2026-12-01", 3],
              ],
            ),
          ),
        ).toBe(3);
        expect(await book.writeSheet({ name: "Vide", columns }, pagesOf())).toBe(0);
      },
      { created: new Date("2026-12-04T10:00:00Z") },
    );
    expect(sink.writableEnded).toBe(false);
    sink.end();
    await finished(sink);
    const workbook = await workbookOf(sink.bytes);
    const [first, empty] = workbook.worksheets;
    expect(readSheetRows(first!, 3)).toEqual([
      ["a", new Date("2026-01-31T00:00:00Z"), 1],
      ["'=b", null, -2],
      ["c", new Date("2026-12-01T00:00:00Z"), 3],
    ]);
    expect(first!.getRow(1).values).toEqual([undefined, "Nom", "Le", "N"]);
    expect(first!.getColumn(1).width).toBe(30);
    expect(first!.autoFilter).toBe("A1:C4");
    expect(first!.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(empty!.rowCount).toBe(1);
  });

  it("fails when a page cannot be read, leaving the output open for the caller to discard", async () => {
    const sink = new SlowSink();
    await expect(
      streamWorkbook(sink, (book) => book.writeSheet({ name: "Un", columns }, failing()).then(() => undefined), {
        created: new Date(),
      }),
    ).rejects.toThrow("database went away");
    expect(sink.writableEnded).toBe(false);
  });

  it("refuses a text longer than a spreadsheet cell takes, naming the sheet, row and column", async () => {
    const pages = pagesOf([["x".repeat(MAX_CELL_LENGTH)]], [["y".repeat(MAX_CELL_LENGTH + 1)]]);
    await expect(
      streamWorkbook(new SlowSink(), (book) => book.writeSheet({ name: "Un", columns }, pages).then(() => undefined), {
        created: new Date(),
      }),
    ).rejects.toThrow('Un: row 3, column "Nom" holds 32768 characters');
  });
});

/** Each ZIP entry's name and last-modified time, as an unzip tool shows them. */
async function entryDates(bytes: Buffer): Promise<[string, number][]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const dates: [string, number][] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      dates.push([entry.fileName, entry.getLastModDate().getTime()]);
      zip.readEntry();
    });
    zip.on("end", resolve);
    zip.on("error", reject);
    zip.readEntry();
  });
  return dates;
}

describe("streamWorkbook reproducibility", () => {
  it("stamps every part of the workbook with the export's time, not the clock's, so the same data gives the same bytes", async () => {
    // Even seconds: a ZIP entry's time has a two-second resolution.
    const created = new Date(2024, 1, 29, 23, 59, 58);
    const write = async () => {
      const sink = new SlowSink();
      await streamWorkbook(
        sink,
        (book) => book.writeSheet({ name: "Un", columns }, pagesOf([["a", "2026-01-31", 1]])).then(() => undefined),
        {
          created,
        },
      );
      sink.end();
      await finished(sink);
      return sink.bytes;
    };
    const first = await write();
    const dates = await entryDates(first);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.filter(([, time]) => time !== created.getTime())).toEqual([]);
    // Two seconds later (a new ZIP time), the same workbook byte for byte.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    expect((await write()).equals(first)).toBe(true);
  });
});
