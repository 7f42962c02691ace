import { describe, expect, it } from "vitest";
import { computeObligations } from "./clocks";
import { HOUR_MS } from "./periods";
import { GDPR_96H_FROM, at, clockOf, defaultOptions, incidentFacts, rulesWithGdpr96h } from "../test-fixtures";
import type { NotificationRecord } from "../types";

const NOW = at("2026-10-26T12:00:00+01:00");

describe("611/2013 Art. 2(3): the second notification", () => {
  const initialSentAt = at("2026-10-23T18:00:00+02:00");
  const initial = (complete?: boolean): NotificationRecord => ({
    obligation: "eprivacy-611-initial",
    sentAt: initialSentAt,
    complete,
  });
  const second = (notifications: NotificationRecord[], now = NOW) =>
    clockOf(computeObligations(incidentFacts({ notifications }), now, defaultOptions), "eprivacy-611-second");

  it("applies when the initial notification was recorded as incomplete, 72 h after it was sent", () => {
    const clock = second([initial(false)]);
    expect(clock.applies).toBe(true);
    expect(clock.startEvent).toBe("initial_notification_sent");
    expect(clock.startAt).toEqual(initialSentAt);
    expect(clock.dueAt!.getTime() - initialSentAt.getTime()).toBe(72 * HOUR_MS);
    expect(clock.dueAtLocal).toBe("2026-10-26T17:00:00.000+01:00");
    expect(clock.status).toBe("pending");
  });

  it("shows the day-counting reading of Reg. 1182/71 as information only", () => {
    const clock = second([initial(false)]);
    // Sent Friday: Sat, Sun, Mon hold one working day -> extended to Tuesday, ends Wed 00:00.
    expect(clock.alternativeDue).toEqual([
      expect.objectContaining({
        key: "reg_1182_71_days",
        dueAtLocal: "2026-10-28T00:00:00.000+01:00",
      }),
    ]);
    expect(clock.alternativeDue[0]!.dueAt.getTime()).toBeGreaterThan(clock.dueAt!.getTime());
    // The status follows the conservative 72 h reading, not the informational one.
    expect(second([initial(false)], at("2026-10-27T12:00:00+01:00")).status).toBe("overdue");
  });

  it("does not apply when the initial notification was complete or not marked incomplete", () => {
    expect(second([initial(true)]).notApplicableReason).toBe("initial_notification_complete");
    expect(second([initial(undefined)]).notApplicableReason).toBe("initial_notification_complete");
  });

  it("does not apply before the initial notification is sent (a future record is not counted)", () => {
    expect(second([]).notApplicableReason).toBe("initial_notification_not_sent");
    const beforeSending = at("2026-10-23T17:00:00+02:00");
    expect(second([initial(false)], beforeSending).notApplicableReason).toBe("initial_notification_not_sent");
  });

  it("is met or late against the initial notification's own clock", () => {
    const secondSent = (sentAt: Date): NotificationRecord => ({ obligation: "eprivacy-611-second", sentAt });
    const onTime = [initial(false), secondSent(at("2026-10-26T16:00:00+01:00"))];
    expect(second(onTime, at("2026-10-27T12:00:00+01:00")).status).toBe("met");
    const late = second([initial(false), secondSent(at("2026-10-26T18:00:00+01:00"))], at("2026-10-27T12:00:00+01:00"));
    expect(late).toMatchObject({ status: "late", lateByMs: HOUR_MS, delayReasonRequired: true });
  });
});

describe("NIS2 Art. 23(4)(e): the final report, one month on the Paris calendar", () => {
  const finalReport = (notifications: NotificationRecord[], now: Date) =>
    clockOf(computeObligations(incidentFacts({ notifications }), now, defaultOptions), "nis2-final-report");

  it("while the notification is not sent, counts one month from the notification's due time", () => {
    const clock = finalReport([], NOW);
    // Fixture awareness 23 Oct 2026 10:00 Paris (+02:00): notification due 26 Oct 09:00 (+01:00).
    expect(clock.startAt).toEqual(at("2026-10-26T09:00:00+01:00"));
    expect(clock).toMatchObject({ applies: true, status: "pending", dueAtLocal: "2026-11-26T09:00:00.000+01:00" });
    expect(clock.messageKeys).toEqual([
      "incidents.clocks.progress_report_if_ongoing",
      "incidents.clocks.start_from_notification_due",
    ]);
  });

  it("once the notification is sent, counts from its sentAt (earlier or later than its due time)", () => {
    const sentEarly = at("2026-10-24T15:00:00+02:00");
    const early = finalReport([{ obligation: "nis2-notification", sentAt: sentEarly }], sentEarly);
    expect(early.dueAtLocal).toBe("2026-11-24T15:00:00.000+01:00");
    const sentLate = at("2026-10-30T08:00:00+01:00");
    const late = finalReport([{ obligation: "nis2-notification", sentAt: sentLate }], sentLate);
    expect(late.dueAtLocal).toBe("2026-11-30T08:00:00.000+01:00");
  });

  it("31 Jan 2026 + 1 month = 28 Feb 2026; 31 Jan 2028 + 1 month = 29 Feb 2028", () => {
    const submitted = (sentAt: Date): NotificationRecord[] => [{ obligation: "nis2-notification", sentAt }];
    const jan2026 = at("2026-01-31T16:30:00+01:00");
    expect(finalReport(submitted(jan2026), jan2026).dueAtLocal).toBe("2026-02-28T16:30:00.000+01:00");
    const jan2028 = at("2028-01-31T16:30:00+01:00");
    expect(finalReport(submitted(jan2028), jan2028).dueAtLocal).toBe("2028-02-29T16:30:00.000+01:00");
  });
});

describe("without undue delay: elapsed time against a configurable internal target", () => {
  it("GDPR Art. 34 uses the rule's default target, flagged as internal", () => {
    const clock = clockOf(computeObligations(incidentFacts(), NOW, defaultOptions), "gdpr-34");
    expect(clock.dueKind).toBe("internal_target");
    expect(clock.dueAt!.getTime() - clock.startAt!.getTime()).toBe(72 * HOUR_MS);
    expect(clock.messageKeys).toContain("incidents.clocks.internal_target");
  });

  it("the organisation's target overrides the default; a non-positive target is refused", () => {
    const options = { nis2Enabled: true, internalTargetHours: { "eprivacy-611-subscribers": 48 } };
    const clock = clockOf(computeObligations(incidentFacts(), NOW, options), "eprivacy-611-subscribers");
    expect(clock.dueAt!.getTime() - clock.startAt!.getTime()).toBe(48 * HOUR_MS);
    const bad = { nis2Enabled: true, internalTargetHours: { "gdpr-34": 0 } };
    expect(() => computeObligations(incidentFacts(), NOW, bad)).toThrow(RangeError);
  });
});

describe("rule version in force at the start instant (fixture: GDPR 96 h from 1 June 2027)", () => {
  const art33 = (awareAt: Date | null, detectedAt = at("2027-05-30T10:00:00+02:00")) =>
    clockOf(
      computeObligations(incidentFacts({ detectedAt, awareAt }), detectedAt, {
        ...defaultOptions,
        rules: rulesWithGdpr96h,
      }),
      "gdpr-33",
    );
  const hours = (c: ReturnType<typeof art33>) => (c.dueAt!.getTime() - c.startAt!.getTime()) / HOUR_MS;

  it("awareness the millisecond before 1 June 2027 (Paris): 72 h", () => {
    const clock = art33(new Date(GDPR_96H_FROM.getTime() - 1));
    expect(hours(clock)).toBe(72);
    expect(clock.rule?.version).toBe("gdpr-33@2018-05-25");
  });

  it("awareness at 1 June 2027 00:00 Paris, after detection on 30 May: 96 h", () => {
    const clock = art33(GDPR_96H_FROM);
    expect(hours(clock)).toBe(96);
    expect(clock.rule?.version).toBe("gdpr-33@2027-06-01");
  });

  it("awareness missing: the version is chosen at detection, the conservative start", () => {
    expect(hours(art33(null))).toBe(72);
    expect(hours(art33(null, at("2027-06-02T10:00:00+02:00")))).toBe(96);
  });

  it("other obligations keep their own rows", () => {
    const detectedAt = at("2027-06-02T10:00:00+02:00");
    const clocks = computeObligations(incidentFacts({ detectedAt, awareAt: detectedAt }), detectedAt, {
      ...defaultOptions,
      rules: rulesWithGdpr96h,
    });
    const initial = clockOf(clocks, "eprivacy-611-initial");
    expect(initial.dueAt!.getTime() - initial.startAt!.getTime()).toBe(24 * HOUR_MS);
  });
});
