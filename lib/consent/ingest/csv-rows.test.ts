import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  checkCsvFile,
  checkCsvFileSize,
  checkCsvRow,
  CSV_COLUMNS,
  CSV_PARSE_CONFIG,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  missingColumns,
} from "./csv-rows";

const good = {
  eventId: "e1",
  subscriberRef: "SUB-1",
  purpose: "sms_marketing",
  action: "grant",
  channel: "web",
  occurredAt: "2026-05-04T10:15:00+02:00",
  textVersion: "v1",
  source: "",
  proof: '{"screen":"banner"}',
};

describe("CSV rows of a CMP export", () => {
  it("turns a valid row into an event, parsing the proof and dropping empty optional cells", () => {
    expect(checkCsvRow(good, 0)).toEqual({
      line: 2,
      event: {
        eventId: "e1",
        subscriberRef: "SUB-1",
        purpose: "sms_marketing",
        action: "grant",
        channel: "web",
        occurredAt: "2026-05-04T10:15:00+02:00",
        textVersion: "v1",
        proof: { screen: "banner" },
      },
      errors: [],
    });
  });

  it("reports every problem of a row with its line", () => {
    const check = checkCsvRow({ ...good, action: "accept", channel: "fax", proof: "{not json" }, 4);
    expect(check.line).toBe(6);
    expect(check.errors.map((e) => e.path).sort()).toEqual(["action", "channel", "proof"]);
  });

  it("names missing columns", () => {
    expect(missingColumns(["eventId", "purpose"])).toEqual([
      "subscriberRef",
      "action",
      "channel",
      "occurredAt",
      "textVersion",
    ]);
  });
});

describe("bounds of a CMP export", () => {
  const exportOf = (rows: number) =>
    `${CSV_COLUMNS.join(",")}\n${"e,SUB-1,sms_marketing,grant,web,2026-05-04T10:15:00Z,v1\n".repeat(rows)}`;

  it("reads a file of exactly the row limit", () => {
    const result = Papa.parse<Record<string, string>>(exportOf(MAX_IMPORT_ROWS), CSV_PARSE_CONFIG);
    expect(result.data).toHaveLength(MAX_IMPORT_ROWS);
    expect(checkCsvFile(result.meta.fields ?? [], result.data.length)).toEqual({ ok: true });
  });

  it("refuses a file one row over the limit as a whole, having parsed one row past it only", () => {
    const result = Papa.parse<Record<string, string>>(exportOf(MAX_IMPORT_ROWS + 50), CSV_PARSE_CONFIG);
    expect(result.data).toHaveLength(MAX_IMPORT_ROWS + 1);
    expect(checkCsvFile(result.meta.fields ?? [], result.data.length)).toEqual({
      ok: false,
      error: "tooMany",
      max: MAX_IMPORT_ROWS,
    });
  });

  it("refuses a file larger than the byte limit before reading it, and names missing columns", () => {
    expect(checkCsvFileSize(MAX_IMPORT_BYTES)).toEqual({ ok: true });
    expect(checkCsvFileSize(MAX_IMPORT_BYTES + 1)).toEqual({ ok: false, error: "tooLarge", megabytes: 32 });
    expect(checkCsvFile(["eventId"], 1)).toMatchObject({ ok: false, error: "missingColumns" });
  });
});
