import { describe, expect, it } from "vitest";
import { CLOCK_SKEW_MS, chronologyIssues } from "./chronology";

const NOW = new Date("2026-12-04T16:00:00Z");
const DETECTED = new Date("2026-12-03T10:00:00Z");
const later = (ms: number) => new Date(DETECTED.getTime() + ms);
const codes = (facts: Parameters<typeof chronologyIssues>[0], now: Date | null = NOW) =>
  chronologyIssues(facts, now).map((i) => `${i.path.join(".")}:${i.code}`);

describe("impossible facts (issue 14, point 7)", () => {
  it("a consistent incident has none", () => {
    expect(
      codes({
        detectedAt: DETECTED,
        occurredFrom: later(-3_600_000),
        awareAt: later(3_600_000),
        awareReason: "Volume confirmed",
        nis2AwareAt: DETECTED,
        notifications: [{ sentAt: later(7_200_000) }],
      }),
    ).toEqual([]);
  });

  it("occurrence after detection, awareness before detection, a notification before detection", () => {
    expect(
      codes({
        detectedAt: DETECTED,
        occurredFrom: later(1),
        awareAt: later(-1),
        nis2AwareAt: later(-1),
        notifications: [{ sentAt: later(-1) }],
      }),
    ).toEqual([
      "occurredFrom:occurrence_after_detection",
      "awareAt:awareness_before_detection",
      "nis2AwareAt:awareness_before_detection",
      "notifications.0.sentAt:sent_before_detection",
    ]);
  });

  it("an awareness later than detection needs its reason, GDPR and NIS2 alike; equal needs none", () => {
    expect(codes({ detectedAt: DETECTED, awareAt: later(1), nis2AwareAt: later(1), nis2AwareReason: " " })).toEqual([
      "awareReason:reason_required",
      "nis2AwareReason:reason_required",
    ]);
    expect(codes({ detectedAt: DETECTED, awareAt: DETECTED })).toEqual([]);
  });

  it("the future is refused beyond 5 minutes of clock skew (a 2027 detection today)", () => {
    expect(codes({ detectedAt: new Date(NOW.getTime() + CLOCK_SKEW_MS) })).toEqual([]);
    expect(codes({ detectedAt: new Date(NOW.getTime() + CLOCK_SKEW_MS + 1) })).toEqual(["detectedAt:in_future"]);
    expect(codes({ detectedAt: new Date("2027-01-02T10:00:00+01:00") })).toEqual(["detectedAt:in_future"]);
    expect(codes({ detectedAt: DETECTED, notifications: [{ sentAt: new Date("2027-01-01T00:00:00Z") }] })).toEqual([
      "notifications.0.sentAt:in_future",
    ]);
  });

  it("without a trusted clock (now = null) only the order is checked", () => {
    expect(codes({ detectedAt: new Date("2027-01-02T10:00:00Z") }, null)).toEqual([]);
  });

  it("names the fields as the caller spells them", () => {
    const issues = chronologyIssues({ detectedAt: DETECTED, occurredFrom: later(1), awareAt: later(1) }, NOW, {
      occurredFrom: "occurredAt",
      awareReason: "awarenessReason",
      nis2AwareReason: "nis2AwarenessReason",
    });
    expect(issues.map((i) => i.path[0])).toEqual(["occurredAt", "awarenessReason"]);
  });
  it("a public communication published before detection or in the future (Art. 34(3)(c))", () => {
    expect(codes({ detectedAt: DETECTED, publishedAt: later(-1) })).toEqual(["publishedAt:sent_before_detection"]);
    expect(codes({ detectedAt: DETECTED, publishedAt: new Date(NOW.getTime() + CLOCK_SKEW_MS + 1) })).toEqual([
      "publishedAt:in_future",
    ]);
    expect(codes({ detectedAt: DETECTED, publishedAt: later(1) })).toEqual([]);
  });
});
