import { describe, expect, it } from "vitest";
import type { DashboardDTO } from "./types";
import { fromDashboardWire, toDashboardWire } from "./wire";

const dto: DashboardDTO = {
  filters: { from: "2026-01-01", to: "2026-03-31", purposes: [], channels: [], granularity: "month" },
  purposes: [{ key: "sms", kind: "consent", labelFr: "SMS", labelEn: "SMS", isActive: true }],
  current: [{ key: "sms", optedIn: 3, everAsked: 5, rate: 60 }],
  optedInSeries: [
    { bucket: "2026-01-01", values: { sms: 1, analytics: 0 } },
    { bucket: "2026-02-01", values: { sms: 2 } },
    { bucket: "2026-03-01", values: {} },
  ],
  askedSeries: [{ bucket: "2026-01-01", values: { sms: 4 } }],
  flows: [
    { bucket: "2026-01-01", channel: "sms", grants: 1, refusals: 2, withdrawals: 0 },
    { bucket: "2026-01-01", channel: "web", grants: 0, refusals: 0, withdrawals: 1 },
    { bucket: "2026-02-01", channel: "sms", grants: 5, refusals: 0, withdrawals: 0 },
  ],
  spikes: [],
  versions: [{ key: "sms", textVersion: "v1", grants: 6, refusals: 2, withdrawals: 1 }],
  campaignChecks: [],
};

describe("the dashboard's wire format", () => {
  it("gives back exactly the dashboard it was made from (a zero stays a zero, a missing value stays missing)", () => {
    const wire = JSON.parse(JSON.stringify(toDashboardWire(dto)));
    expect(fromDashboardWire(wire)).toEqual(dto);
  });

  it("names each purpose and bucket once, not once per row", () => {
    const wire = toDashboardWire(dto);
    expect(wire.optedInSeries).toEqual({
      keys: ["sms", "analytics"],
      buckets: ["2026-01-01", "2026-02-01", "2026-03-01"],
      values: [
        [1, 0],
        [2, null],
        [null, null],
      ],
    });
    expect(wire.flows.buckets).toEqual(["2026-01-01", "2026-02-01"]);
    expect(wire.flows.rows[2]).toEqual([1, "sms", 5, 0, 0]);
  });

  it("is smaller than the dashboard for a year of weekly figures", () => {
    const keys = ["a", "b", "c", "d", "e", "f", "g", "h"].map((k) => `purpose_${k}`);
    const weeks = Array.from(
      { length: 53 },
      (_, i) => `2026-${String(1 + Math.floor(i / 5)).padStart(2, "0")}-0${1 + (i % 5)}`,
    );
    const series = weeks.map((bucket) => ({ bucket, values: Object.fromEntries(keys.map((k, i) => [k, 1000 + i])) }));
    const year: DashboardDTO = {
      ...dto,
      optedInSeries: series,
      askedSeries: series,
      flows: weeks.flatMap((bucket) =>
        ["sms", "web", "app"].map((channel) => ({ bucket, channel, grants: 10, refusals: 2, withdrawals: 1 })),
      ),
    };
    expect(JSON.stringify(toDashboardWire(year)).length).toBeLessThan(JSON.stringify(year).length / 2);
  });
});
