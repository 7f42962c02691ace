import { describe, expect, it } from "vitest";
import type { ExportFormat, ReportKind, ReportRenderer } from "../contract";
import { AUDIT_PACK_FILES, planPackFiles, renderOrder } from "./contents";

const fake = (kind: ReportKind, formats: ExportFormat[]): ReportRenderer => ({
  kind,
  formats,
  fileName: () => "x",
  render: async () => {},
});
const period = { from: "2026-11-01", to: "2026-11-30" };

describe("planPackFiles", () => {
  it("once every report is registered, holds exactly the issue's list", () => {
    const all = (kind: ReportKind, format: ExportFormat) => fake(kind, [format]);
    expect(planPackFiles(period, "2026-12-04", all).map((file) => file.spec.name)).toEqual([
      "registre-des-traitements.pdf",
      "registre-des-traitements.xlsx",
      "registre-des-traitements.json",
      "registre-des-violations.pdf",
      "registre-des-violations.xlsx",
      "rapport-consentement.pdf",
      "consentement-chiffres-quotidiens.csv",
      "journal-audit.json",
    ]);
    expect(AUDIT_PACK_FILES.map((file) => `${file.kind}.${file.format}`)).toEqual([
      "register.pdf",
      "register.xlsx",
      "register.json",
      "breach-register.pdf",
      "breach-register.xlsx",
      "consent.pdf",
      "consent.csv",
      "audit-log.json",
    ]);
  });

  it("leaves out what is not registered, and takes the register as of a past period's end", () => {
    const some = (kind: ReportKind, format: ExportFormat) =>
      (kind === "register" && format === "xlsx") || kind === "audit-log" ? fake(kind, [format]) : undefined;
    const planned = planPackFiles(period, "2026-12-04", some);
    expect(planned.map((file) => file.spec.name)).toEqual(["registre-des-traitements.xlsx", "journal-audit.json"]);
    expect(planned[0]!.scope).toEqual({ ...period, asOf: "2026-11-30" });
    expect(planned[1]!.scope).toEqual(period);
    // A period running to today (or later) takes the register as it is now: no as-of date in the future.
    expect(planPackFiles({ from: "2026-12-01", to: "2026-12-04" }, "2026-12-04", some)[0]!.scope).toEqual({
      from: "2026-12-01",
      to: "2026-12-04",
    });
  });
});

describe("renderOrder", () => {
  const files = (...names: string[]) =>
    names.map((name) => {
      const [kind, format] = name.split(" ") as [ReportKind, ExportFormat];
      return { spec: { kind, format } };
    });

  it("starts the pack's files longest first: the register PDF, the breach register PDF, the audit log", () => {
    const all = AUDIT_PACK_FILES.map((spec) => ({ spec }));
    expect(renderOrder(all).map((at) => `${all[at]!.spec.kind} ${all[at]!.spec.format}`)).toEqual([
      "register pdf",
      "breach-register pdf",
      "audit-log json",
      "register xlsx",
      "breach-register xlsx",
      "register json",
      "consent pdf",
      "consent csv",
    ]);
  });

  it("puts files of unknown cost last, in the pack's order, and covers every position once", () => {
    const order = renderOrder(files("incident pdf", "consent csv", "subscriber-dossier pdf", "register pdf"));
    expect(order).toEqual([3, 1, 0, 2]);
    expect(renderOrder([])).toEqual([]);
  });
});
