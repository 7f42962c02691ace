import { describe, expect, it } from "vitest";
import { consentEventKey } from "./event-key";
import { dayOf, netChange, recompute, type ConsentFact } from "./rollup";

const fact = (eventId: string, at: string, isGrant: boolean, channel = "app"): ConsentFact => ({
  key: consentEventKey("s", eventId),
  occurredAt: new Date(at),
  subscriberRef: "SUB-1",
  purposeId: "p",
  isGrant,
  channel,
  textVersion: "v1",
  eventId,
});

describe("the reference recomputation", () => {
  it("counts days in Europe/Paris", () => {
    expect(dayOf(new Date("2026-03-28T23:30:00Z"))).toBe("2026-03-29");
    expect(dayOf(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(dayOf(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });

  it("moves the opted-in count only on a change of state", () => {
    expect([
      netChange(undefined, true),
      netChange(undefined, false),
      netChange(true, true),
      netChange(true, false),
      netChange(false, true),
      netChange(false, false),
    ]).toEqual([1, 0, 0, -1, 1, 0]);
  });

  it("decides by occurredAt, not by arrival, and puts each change on the day of the event that caused it", () => {
    const events = [
      fact("c", "2026-01-03T10:00:00Z", true, "web"),
      fact("a", "2026-01-01T10:00:00Z", true),
      fact("b", "2026-01-02T10:00:00Z", false, "sms"),
    ];
    const { rollups, states } = recompute(events);
    expect(states).toEqual([expect.objectContaining({ optedIn: true, latestEventId: "c" })]);
    const byDay = Object.fromEntries(rollups.map((r) => [r.day, [r.channel, r.netOptedIn, r.firstAsked]]));
    expect(byDay).toEqual({ "2026-01-01": ["app", 1, 1], "2026-01-02": ["sms", -1, 0], "2026-01-03": ["web", 1, 0] });
  });
});

describe("refusals, withdrawals and repeated answers are three things (issue 15.5)", () => {
  it("counts first answers, effective withdrawals, re-grants and no-op repeats apart", () => {
    // A first refusal, then a STOP by a subscriber who never consented: one refusal and one repeat, no withdrawal.
    const never = [fact("a", "2026-07-06T10:00:00Z", false), fact("b", "2026-07-07T10:00:00Z", false)];
    const [first, second] = recompute(never).rollups.sort((x, y) => x.day.localeCompare(y.day));
    expect(first).toMatchObject({ firstGrants: 0, firstRefusals: 1, effectiveWithdrawals: 0, regrants: 0, repeats: 0 });
    expect(second).toMatchObject({
      firstGrants: 0,
      firstRefusals: 0,
      effectiveWithdrawals: 0,
      regrants: 0,
      repeats: 1,
    });
    // Grant, withdraw, grant again, grant once more: first grant, effective withdrawal, re-grant, repeat.
    const cycle = [
      fact("c", "2026-07-01T10:00:00Z", true),
      fact("d", "2026-07-02T10:00:00Z", false),
      fact("e", "2026-07-03T10:00:00Z", true),
      fact("f", "2026-07-04T10:00:00Z", true),
    ];
    const byDay = Object.fromEntries(
      recompute(cycle).rollups.map((r) => [
        r.day,
        [r.firstGrants, r.firstRefusals, r.effectiveWithdrawals, r.regrants, r.repeats],
      ]),
    );
    expect(byDay).toEqual({
      "2026-07-01": [1, 0, 0, 0, 0],
      "2026-07-02": [0, 0, 1, 0, 0],
      "2026-07-03": [0, 0, 0, 1, 0],
      "2026-07-04": [0, 0, 0, 0, 1],
    });
  });
});
