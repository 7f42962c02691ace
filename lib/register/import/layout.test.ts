import { describe, expect, it } from "vitest";
import { checkHeader, columnOfPath, entryToRow, HEADER, rowToEntry } from "./layout";
import { processingActivitySchema } from "../schemas";
import { buildControllerEntry, buildProcessorEntry } from "../test-fixtures";

describe("register column layout", () => {
  it("round-trips a controller and a processor entry through a row", () => {
    for (const entry of [buildControllerEntry(), buildProcessorEntry()]) {
      const { entry: parsed, cellErrors } = rowToEntry(entryToRow(entry, "TRT-0001"));
      expect(cellErrors).toEqual({});
      expect(processingActivitySchema.parse(parsed)).toEqual(entry);
    }
  });

  it("reports a cell that is not JSON under its column", () => {
    const row = { ...entryToRow(buildControllerEntry()), purposes: "[{oops" };
    expect(rowToEntry(row).cellErrors).toEqual({ purposes: "register.import.errors.invalidJson" });
  });

  it("maps an entry path to its column", () => {
    expect(columnOfPath("purposes.0.legalBasis")).toBe("purposes");
    expect(columnOfPath("dpia.completedOn")).toBe("dpia_completed_on");
    expect(columnOfPath("organisation.contact")).toBe("organisation_contact");
  });

  it("checks the header", () => {
    expect(checkHeader(HEADER)).toEqual({ missing: [], unknown: [] });
    expect(checkHeader(["name", "colour"]).unknown).toEqual(["colour"]);
    expect(checkHeader(["name"]).missing).toContain("purposes");
  });

  it("reads an empty status as a draft", () => {
    const row = { ...entryToRow(buildControllerEntry()), status: "" };
    expect(rowToEntry(row).entry.status).toBe("draft");
  });
});
