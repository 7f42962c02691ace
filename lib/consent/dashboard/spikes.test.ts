import { describe, expect, it } from "vitest";
import { findWithdrawalSpikes, spikeDrivers } from "./spikes";

const days = (values: number[]) =>
  values.map((withdrawals, i) => ({ day: `2026-01-${String(i + 1).padStart(2, "0")}`, withdrawals }));

describe("withdrawal spikes", () => {
  it("flags a day far above its trailing mean, with its size", () => {
    const series = days([...Array(28).fill(10), 11, 180, 12]);
    expect(findWithdrawalSpikes(series)).toEqual([
      { day: "2026-01-30", withdrawals: 180, trailingMean: 10, ratio: 17.9 },
    ]);
  });

  it("ignores ordinary noise and small absolute numbers", () => {
    const noisy = days(Array.from({ length: 40 }, (_, i) => 10 + ((i * 7) % 9)));
    expect(findWithdrawalSpikes(noisy)).toEqual([]);
    expect(findWithdrawalSpikes(days([...Array(28).fill(1), 6]))).toEqual([]);
  });

  it("does not judge days without a full trailing window", () => {
    expect(findWithdrawalSpikes(days([0, 0, 500]))).toEqual([]);
  });
});

describe("spike drivers", () => {
  it("names the purposes and channels behind a day's withdrawals, largest first", () => {
    const rows = [
      { day: "2026-07-07", key: "sms_marketing", channel: "sms", withdrawals: 120 },
      { day: "2026-07-07", key: "email_marketing", channel: "web", withdrawals: 8 },
      { day: "2026-07-07", key: "profiling", channel: "app", withdrawals: 0 },
      { day: "2026-07-06", key: "sms_marketing", channel: "sms", withdrawals: 500 },
    ];
    expect(spikeDrivers(rows, "2026-07-07")).toEqual([
      { key: "sms_marketing", channel: "sms", withdrawals: 120 },
      { key: "email_marketing", channel: "web", withdrawals: 8 },
    ]);
  });
});
