import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeObligations, deadlineUrgency, nextDeadline, URGENT_THRESHOLD_MS } from "./clocks";
import { OBLIGATION_IDS } from "../obligations/obligations";
import { HOUR_MS } from "./periods";
import { at, clockOf, defaultOptions, incidentFacts } from "../test-fixtures";
import type { NotificationRecord } from "../types";

const NOW = at("2026-10-24T12:00:00+02:00");
const compute = (facts = incidentFacts(), now = NOW, options = defaultOptions) =>
  computeObligations(facts, now, options);

describe("computeObligations: shape", () => {
  it("returns every obligation once, in OBLIGATION_IDS order", () => {
    expect(compute().map((c) => c.id)).toEqual([...OBLIGATION_IDS]);
  });

  it("gives the due instant in UTC and as an ISO string in Europe/Paris", () => {
    const art33 = clockOf(compute(), "gdpr-33");
    expect(art33.dueAt?.toISOString()).toBe("2026-10-26T08:00:00.000Z");
    expect(art33.dueAtLocal).toBe("2026-10-26T09:00:00.000+01:00");
    expect(art33.dueKind).toBe("legal_deadline");
    expect(art33.rule?.legalReference).toBe("GDPR Art. 33(1)");
  });

  it("shows the due instant in the organisation's own zone (French Guiana)", () => {
    const options = { nis2Enabled: true, timeZone: "America/Cayenne" };
    expect(clockOf(compute(incidentFacts(), NOW, options), "gdpr-33").dueAtLocal).toBe("2026-10-26T05:00:00.000-03:00");
  });

  it("rejects an invalid now or detection instant", () => {
    expect(() => compute(incidentFacts(), new Date(Number.NaN))).toThrow(RangeError);
    expect(() => compute(incidentFacts({ detectedAt: new Date("nope") }))).toThrow(RangeError);
    const badSent = [{ obligation: "gdpr-33" as const, sentAt: new Date("nope") }];
    expect(() => compute(incidentFacts({ notifications: badSent }))).toThrow(/notifications\[0\]/);
    expect(() => compute(incidentFacts(), NOW, { nis2Enabled: true, timeZone: "Europe/Pariss" })).toThrow(RangeError);
  });
});

describe("hour periods are elapsed time across DST", () => {
  it("25 Oct 2026: GDPR 72 h from 23 Oct 10:00 local is due 26 Oct 09:00 local", () => {
    const art33 = clockOf(compute(), "gdpr-33");
    expect(art33.dueAt!.getTime() - art33.startAt!.getTime()).toBe(72 * HOUR_MS);
    expect(art33.dueAtLocal).toBe("2026-10-26T09:00:00.000+01:00");
  });

  it("29 Mar 2026: ePrivacy 24 h from 28 Mar 12:00 local is due 29 Mar 13:00 local", () => {
    const detectedAt = at("2026-03-28T12:00:00+01:00");
    const clocks = compute(incidentFacts({ detectedAt, awareAt: detectedAt }), detectedAt);
    expect(clockOf(clocks, "eprivacy-611-initial").dueAtLocal).toBe("2026-03-29T13:00:00.000+02:00");
    expect(clockOf(clocks, "nis2-early-warning").dueAtLocal).not.toBeNull();
  });

  it("property: every hour deadline is exactly N × 3 600 000 ms after its start", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 0, max: 10 * 24 * HOUR_MS }),
        (detectedMs, awarenessDelay) => {
          const facts = incidentFacts({
            detectedAt: new Date(detectedMs),
            awareAt: new Date(detectedMs + awarenessDelay),
          });
          const clocks = compute(facts, new Date(detectedMs));
          for (const clock of clocks) {
            const period = clock.rule?.period;
            if (period?.kind !== "hours" || !clock.applies) continue;
            expect(clock.dueAt!.getTime() - clock.startAt!.getTime()).toBe(period.hours * HOUR_MS);
          }
        },
      ),
    );
  });
});

describe("start events", () => {
  it("runs 611/2013 from detection and GDPR from awareness", () => {
    const clocks = compute(incidentFacts({ awareAt: at("2026-10-24T09:00:00+02:00") }));
    expect(clockOf(clocks, "eprivacy-611-initial").dueAtLocal).toBe("2026-10-24T10:00:00.000+02:00");
    expect(clockOf(clocks, "gdpr-33").dueAtLocal).toBe("2026-10-27T08:00:00.000+01:00");
  });

  it("awareness missing: GDPR runs from detection, flagged, with its message key", () => {
    const art33 = clockOf(compute(incidentFacts({ awareAt: null })), "gdpr-33");
    expect(art33.startAt).toEqual(at("2026-10-23T10:00:00+02:00"));
    expect(art33.isStartFromDetection).toBe(true);
    expect(art33.messageKeys).toContain("incidents.clocks.start_from_detection");
    expect(clockOf(compute(incidentFacts({ awareAt: null })), "gdpr-34").isStartFromDetection).toBe(true);
  });

  it("awareness recorded: no flag; detection-based clocks are never flagged", () => {
    const clocks = compute(incidentFacts({ awareAt: undefined }));
    expect(clockOf(clocks, "eprivacy-611-initial").isStartFromDetection).toBe(false);
    expect(clockOf(compute(), "gdpr-33").isStartFromDetection).toBe(false);
    expect(clockOf(compute(), "gdpr-33").messageKeys).toEqual([]);
  });

  it("NIS2 awareness missing: early warning and notification run from detection, flagged", () => {
    const clocks = compute(incidentFacts({ awareAt: null }));
    for (const id of ["nis2-early-warning", "nis2-notification"] as const) {
      expect(clockOf(clocks, id).isStartFromDetection).toBe(true);
      expect(clockOf(clocks, id).startAt).toEqual(at("2026-10-23T10:00:00+02:00"));
    }
  });

  it("two awarenesses (INC-2026-0009): GDPR runs from the breach awareness, NIS2 from the significant incident's", () => {
    const facts = incidentFacts({
      detectedAt: at("2026-10-23T10:00:00+02:00"),
      nis2AwareAt: at("2026-10-23T12:00:00+02:00"), // intrusion confirmed significant
      awareAt: at("2026-10-24T09:00:00+02:00"), // exfiltrated personal data confirmed
    });
    const clocks = compute(facts, at("2026-10-24T10:00:00+02:00"));
    expect(clockOf(clocks, "nis2-early-warning")).toMatchObject({
      startAt: at("2026-10-23T12:00:00+02:00"),
      dueAt: at("2026-10-24T12:00:00+02:00"),
      isStartFromDetection: false,
    });
    expect(clockOf(clocks, "nis2-notification").dueAt).toEqual(at("2026-10-26T11:00:00+01:00"));
    expect(clockOf(clocks, "gdpr-33").startAt).toEqual(at("2026-10-24T09:00:00+02:00"));
    // GDPR awareness alone does not move the NIS2 clocks: they run from detection until recorded.
    const gdprOnly = compute(incidentFacts({ awareAt: at("2026-10-24T09:00:00+02:00"), nis2AwareAt: null }));
    expect(clockOf(gdprOnly, "nis2-early-warning")).toMatchObject({
      startAt: at("2026-10-23T10:00:00+02:00"),
      isStartFromDetection: true,
    });
  });
});

describe("status, time left and delay reasons", () => {
  const due = at("2026-10-26T09:00:00+01:00"); // GDPR Art. 33 due instant for the fixture
  const sent = (sentAt: Date, extra: Partial<NotificationRecord> = {}): NotificationRecord => ({
    obligation: "gdpr-33",
    sentAt,
    ...extra,
  });
  const art33 = (notifications: NotificationRecord[], now: Date) =>
    clockOf(compute(incidentFacts({ notifications }), now), "gdpr-33");

  it("pending with ms left; exactly at the due instant is still pending with 0 ms left", () => {
    expect(art33([], NOW)).toMatchObject({ status: "pending", msLeft: due.getTime() - NOW.getTime() });
    expect(art33([], due)).toMatchObject({ status: "pending", msLeft: 0 });
  });

  it("overdue one millisecond later, with negative ms left", () => {
    expect(art33([], new Date(due.getTime() + 1))).toMatchObject({ status: "overdue", msLeft: -1 });
  });

  it("met when sent at or before the due instant; no reason needed", () => {
    const later = at("2026-11-01T00:00:00+01:00");
    expect(art33([sent(due)], later)).toMatchObject({ status: "met", msLeft: null, lateByMs: null });
    expect(art33([sent(due)], later).delayReasonRequired).toBe(false);
  });

  it("late notification without a reason requires one (GDPR Art. 33(1))", () => {
    const late = art33([sent(new Date(due.getTime() + 2 * HOUR_MS))], at("2026-11-01T00:00:00+01:00"));
    expect(late).toMatchObject({ status: "late", lateByMs: 2 * HOUR_MS, delayReasonRequired: true });
    expect(late.messageKeys).toContain("incidents.clocks.delay_reason_required");
  });

  it("late notification with a reason needs nothing more; a blank reason does not count", () => {
    const later = at("2026-11-01T00:00:00+01:00");
    const lateSent = new Date(due.getTime() + 1);
    expect(art33([sent(lateSent, { delayReason: "Forensics" })], later).delayReasonRequired).toBe(false);
    expect(art33([sent(lateSent, { delayReason: "   " })], later).delayReasonRequired).toBe(true);
  });

  it("the first notification decides (phased notification), and later records are ignored at now", () => {
    const first = sent(at("2026-10-25T10:00:00+01:00"), { complete: false });
    const complement = sent(at("2026-10-30T10:00:00+01:00"));
    const clock = art33([complement, first], at("2026-11-01T00:00:00+01:00"));
    expect(clock.status).toBe("met");
    expect(clock.notification).toBe(first);
    expect(art33([first], at("2026-10-25T09:59:00+01:00")).status).toBe("pending");
  });

  it("elapsed time runs from the start to the notification, or to now while open", () => {
    expect(art33([], NOW).elapsedMs).toBe(NOW.getTime() - at("2026-10-23T10:00:00+02:00").getTime());
    expect(art33([sent(at("2026-10-23T16:00:00+02:00"))], NOW).elapsedMs).toBe(6 * HOUR_MS);
  });
});

describe("nextDeadline and deadlineUrgency", () => {
  it("returns the earliest pending or overdue due instant", () => {
    const next = nextDeadline(compute());
    expect(next?.id).toBe("eprivacy-611-initial");
    expect(next?.dueAt).toEqual(at("2026-10-24T10:00:00+02:00"));
  });

  it("skips met, late and not applicable obligations", () => {
    const notifications: NotificationRecord[] = [
      { obligation: "eprivacy-611-initial", sentAt: at("2026-10-23T18:00:00+02:00"), complete: true },
      { obligation: "nis2-early-warning", sentAt: at("2026-10-23T18:00:00+02:00") },
    ];
    const next = nextDeadline(compute(incidentFacts({ notifications })));
    expect(next?.id).toBe("gdpr-33");
  });

  it("counts overdue obligations, and legalOnly ignores internal targets", () => {
    const clocks = compute(incidentFacts(), NOW, {
      nis2Enabled: false,
      internalTargetHours: { "gdpr-34": 1 },
    });
    const next = nextDeadline(clocks);
    expect(next).toMatchObject({ id: "gdpr-34", status: "overdue", dueKind: "internal_target" });
    expect(next?.dueAtLocal).toBe("2026-10-23T11:00:00.000+02:00");
    expect(nextDeadline(clocks, { legalOnly: true })?.id).toBe("eprivacy-611-initial");
  });

  it("returns null when nothing is open", () => {
    expect(nextDeadline([])).toBeNull();
    const noBreach = incidentFacts({ personalData: false, nis2Significant: false, riskLevel: null });
    expect(nextDeadline(compute(noBreach))).toBeNull();
  });

  it("classifies time left: overdue below 0, urgent below 6 h, otherwise normal", () => {
    expect(deadlineUrgency(-1)).toBe("overdue");
    expect(deadlineUrgency(0)).toBe("urgent");
    expect(deadlineUrgency(URGENT_THRESHOLD_MS - 1)).toBe("urgent");
    expect(deadlineUrgency(6 * HOUR_MS)).toBe("normal");
  });
});
