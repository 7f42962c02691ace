import { describe, expect, it } from "vitest";
import { reportKinds } from "../contract";
import { canExportReport, exportableReports } from "./access";

describe("who may export which report", () => {
  it("lets the DPO and the auditor export every report", () => {
    expect(exportableReports("dpo")).toEqual([...reportKinds]);
    expect(exportableReports("auditor")).toEqual([...reportKinds]);
  });

  it("lets the security director export the incident reports only", () => {
    expect(exportableReports("security")).toEqual(["breach-register", "incident"]);
    for (const report of ["register", "consent", "subscriber-dossier", "audit-log", "audit-pack"] as const) {
      expect(canExportReport("security", report), report).toBe(false);
    }
  });
});
