import { describe, expect, it } from "vitest";
import { checkCsvRow, missingColumns } from "./csv-rows";

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
