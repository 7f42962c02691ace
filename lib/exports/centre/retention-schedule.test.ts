import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PurgeResult } from "./retention";
import { retentionCutoff } from "./retention";
import { RETENTION_INTERVAL_MS, startExportRetention } from "./retention-schedule";

const result = (expired: number): PurgeResult => ({ cutoff: new Date(0), expired, filesDeleted: expired });

describe("retentionCutoff", () => {
  it("is the given number of 24-hour days before now, across a DST change", () => {
    expect(retentionCutoff(new Date("2026-12-04T10:00:00Z"), 30)).toEqual(new Date("2026-11-04T10:00:00Z"));
    // 2026-10-25 is the end of summer time in Paris: still 24 h per day of absolute time.
    expect(retentionCutoff(new Date("2026-11-01T10:00:00Z"), 10)).toEqual(new Date("2026-10-22T10:00:00Z"));
  });
});

describe("startExportRetention", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("purges at once, then every hour, with the clock's time, and stops when asked", async () => {
    const times: Date[] = [];
    let tick = 0;
    const lines: string[] = [];
    const stop = startExportRetention({
      clock: () => new Date(Date.UTC(2026, 11, 4, tick++)),
      purge: async ({ now }) => {
        times.push(now);
        return result(times.length === 2 ? 3 : 0);
      },
      log: (line) => lines.push(line),
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(times).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(RETENTION_INTERVAL_MS);
    expect(times).toHaveLength(2);
    expect(times[1]).toEqual(new Date("2026-12-04T01:00:00Z"));
    expect(lines).toEqual(["[vigie] export retention: 3 export(s) expired, 3 file(s) deleted"]);
    stop();
    await vi.advanceTimersByTimeAsync(3 * RETENTION_INTERVAL_MS);
    expect(times).toHaveLength(2);
  });

  it("never runs two purges at once, and logs a failure and tries again at the next tick", async () => {
    let calls = 0;
    let release: () => void = () => {};
    const lines: string[] = [];
    const stop = startExportRetention({
      intervalMs: 1_000,
      purge: () => {
        calls++;
        if (calls === 1) return new Promise((resolve) => (release = () => resolve(result(0))));
        return Promise.reject(new Error("database unavailable"));
      },
      log: (line) => lines.push(line),
    });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(2);
    expect(lines).toEqual(["[vigie] export retention failed: database unavailable"]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(3);
    stop();
  });
});
