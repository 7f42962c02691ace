import { describe, expect, it } from "vitest";
import { breachRegisterFileName } from "./breach-register/xlsx";
import { consentDailyFileName } from "./consent/daily-csv";
import { registerSheets } from "./register/sheets";
import { registerFileName } from "./register/renderer";
import { renderers } from "./registry";

const NOW = new Date("2026-12-04T23:30:00Z");

describe("tabular reports", () => {
  it("name their files after the day of export in Paris and the scope", () => {
    expect(registerFileName({}, "xlsx", NOW)).toBe("registre-2026-12-05.xlsx");
    expect(registerFileName({ asOf: "2026-01-01", activeOnly: true, reference: "TRT-0042" }, "json", NOW)).toBe(
      "registre-2026-12-05-au-2026-01-01-actifs-TRT-0042.json",
    );
    expect(breachRegisterFileName({ from: "2026-01-01", to: "2026-06-30" }, "xlsx", NOW)).toBe(
      "registre-violations-2026-01-01-2026-06-30.xlsx",
    );
    expect(consentDailyFileName({ from: "2026-11-01", to: "2026-11-30" }, "csv", NOW)).toBe(
      "consentements-quotidiens-2026-11-01-2026-11-30.csv",
    );
  });

  it("are in the registry by kind and format", () => {
    const offered = renderers.flatMap((r) => r.formats.map((f) => `${r.kind}:${f}`));
    expect(offered).toEqual(
      expect.arrayContaining(["register:xlsx", "register:csv", "register:json", "breach-register:xlsx", "consent:csv"]),
    );
  });

  it("name the register's sheets in the user's language, the activities sheet keeping the import layout", () => {
    expect(registerSheets("en").map((s) => s.spec.name)).toEqual([
      "Activities",
      "Purposes and legal bases",
      "Data and retention",
      "Recipients",
      "Transfers",
      "Security measures",
      "Processors",
      "Controllers served",
    ]);
    expect(registerSheets("en")[0]!.spec.columns.map((c) => c.header)).toEqual(
      registerSheets("fr")[0]!.spec.columns.map((c) => c.header),
    );
    expect(registerSheets("fr").every((s) => s.spec.name.length <= 31)).toBe(true);
  });
});
