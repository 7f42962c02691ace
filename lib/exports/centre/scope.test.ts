import { describe, expect, it } from "vitest";
import { exportRequestSchema, futureDateErrors, normaliseScope } from "./scope";

const parse = (input: Record<string, unknown>) => exportRequestSchema.parse(input);

describe("an export's scope", () => {
  it("keeps only the fields the report reads", () => {
    const all = {
      from: "2026-01-01",
      to: "2026-06-30",
      asOf: "2026-01-01",
      activeOnly: true,
      reference: "TRT-0001",
      subscriberRef: "SUB-1",
    };
    expect(normaliseScope(parse({ report: "register", format: "csv", ...all, csvSeparator: ";" }))).toEqual({
      activeOnly: true,
      asOf: "2026-01-01",
      reference: "TRT-0001",
      csvSeparator: ";",
    });
    expect(normaliseScope(parse({ report: "breach-register", format: "xlsx", ...all, reference: undefined }))).toEqual({
      from: "2026-01-01",
      to: "2026-06-30",
    });
    expect(normaliseScope(parse({ report: "incident", format: "pdf", reference: "INC-2026-0007" }))).toEqual({
      reference: "INC-2026-0007",
    });
    expect(normaliseScope(parse({ report: "subscriber-dossier", format: "pdf", subscriberRef: " SUB-1 " }))).toEqual({
      subscriberRef: "SUB-1",
    });
  });

  it("reads form values: empty strings are absent, checkboxes are booleans", () => {
    expect(parse({ report: "register", format: "pdf", asOf: "", reference: "", activeOnly: "on" })).toMatchObject({
      asOf: undefined,
      reference: undefined,
      activeOnly: true,
    });
  });

  it("names the field of each mistake", () => {
    const fields = (input: Record<string, unknown>) =>
      exportRequestSchema.safeParse(input).error?.issues.map((i) => i.path.join("."));
    expect(fields({ report: "incident", format: "pdf", reference: "TRT-0001" })).toEqual(["reference"]);
    expect(fields({ report: "register", format: "pdf", reference: "INC-2026-0001" })).toEqual(["reference"]);
    expect(fields({ report: "consent", format: "csv", from: "2026-13-01", to: "2026-01-01" })).toEqual(["from"]);
    expect(fields({ report: "audit-pack", format: "zip" })).toEqual(["from", "to"]);
    expect(fields({ report: "register", format: "docx" })).toEqual(["format"]);
  });

  it("refuses dates after the organisation's today", () => {
    expect(futureDateErrors({ asOf: "2026-12-05", from: "2026-12-05" }, "2026-12-04")).toEqual({
      asOf: ["exportCentre.errors.asOfFuture"],
      from: ["exportCentre.errors.fromFuture"],
    });
    expect(futureDateErrors({ asOf: "2026-12-04", from: "2026-01-01", to: "2026-12-31" }, "2026-12-04")).toBeNull();
  });
});
