import { describe, expect, it } from "vitest";
import { failureOf, progressFraction, STALE_AFTER_MS, toJobDTO, type ExportJobRow } from "./job-status";

const now = new Date("2026-12-04T10:00:00Z");
const job = (overrides: Partial<ExportJobRow> = {}): ExportJobRow => ({
  id: "j1",
  report: "register",
  format: "pdf",
  status: "running",
  done: 10,
  total: 40,
  bytes: 1234,
  failure: null,
  exportId: null,
  requestedAt: new Date(now.getTime() - 5_000),
  heartbeatAt: new Date(now.getTime() - 1_000),
  ...overrides,
});

describe("an export job as the page sees it", () => {
  it("shows a running job with a recent heartbeat as running", () => {
    expect(toJobDTO(job(), now)).toMatchObject({ status: "running", failure: null, done: 10, total: 40 });
  });

  it("shows a running job whose heartbeat stopped as interrupted", () => {
    const silent = job({ heartbeatAt: new Date(now.getTime() - STALE_AFTER_MS - 1) });
    expect(toJobDTO(silent, now)).toMatchObject({ status: "failed", failure: "interrupted" });
    // A finished job never becomes stale.
    expect(toJobDTO({ ...silent, status: "succeeded" }, now)).toMatchObject({ status: "succeeded", failure: null });
  });

  it("maps an unknown stored reason to a generic one", () => {
    expect(toJobDTO(job({ status: "failed", failure: "disk_full" }), now).failure).toBe("disk_full");
    expect(toJobDTO(job({ status: "failed", failure: "something new" }), now).failure).toBe("render_failed");
  });

  it("computes progress only when the total is known", () => {
    expect(progressFraction({ status: "running", done: 10, total: 40 })).toBe(0.25);
    expect(progressFraction({ status: "running", done: 50, total: 40 })).toBe(1);
    expect(progressFraction({ status: "running", done: 10, total: null })).toBeNull();
    expect(progressFraction({ status: "succeeded", done: 10, total: null })).toBe(1);
  });

  it("names disk failures from the system error code", () => {
    expect(failureOf(Object.assign(new Error("x"), { code: "ENOSPC" }))).toBe("disk_full");
    expect(failureOf(Object.assign(new Error("x"), { code: "EACCES" }))).toBe("storage_unwritable");
    expect(failureOf(new Error("query failed"))).toBe("render_failed");
    expect(failureOf(undefined)).toBe("render_failed");
  });
});
