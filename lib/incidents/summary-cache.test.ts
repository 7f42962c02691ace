import { describe, expect, it } from "vitest";
import { cachedOpenSummary } from "./summary-cache";
import type { IncidentSummaryDTO } from "./summary";

const at = (iso: string) => new Date(iso);
const DUE = at("2026-10-25T02:30:00Z");

/** A compute function that counts its calls and says the status the clock has at `now`. */
function counter() {
  const calls: Date[] = [];
  const compute = (now: Date) => () => {
    calls.push(now);
    const status = now.getTime() > DUE.getTime() ? "overdue" : "pending";
    const summary = { id: "i", next: { obligation: "gdpr-33", dueAt: DUE.toISOString(), status } };
    return { summary: summary as unknown as IncidentSummaryDTO, changesAt: [at("2026-10-22T02:30:00Z"), DUE, null] };
  };
  return { calls, compute };
}

describe("open incidents' summaries, cached while they cannot read differently", () => {
  it("serves the same summary until the due time, then computes it again (pending turns overdue)", () => {
    const { calls, compute } = counter();
    const key = `k-${Math.random()}`;
    const read = (iso: string) => cachedOpenSummary(key, at(iso), compute(at(iso))).summary.next!.status;
    expect(read("2026-10-25T02:29:00Z")).toBe("pending");
    expect(read("2026-10-25T02:29:59Z")).toBe("pending");
    expect(calls).toHaveLength(1);
    expect(read("2026-10-25T02:30:01Z")).toBe("overdue");
    expect(calls).toHaveLength(2);
  });

  it("never longer than a minute, never for an earlier instant, and never across keys", () => {
    const { calls, compute } = counter();
    const key = `k-${Math.random()}`;
    const read = (iso: string, k = key) => cachedOpenSummary(k, at(iso), compute(at(iso)));
    read("2026-10-24T10:00:00Z");
    read("2026-10-24T10:00:59Z");
    expect(calls).toHaveLength(1);
    read("2026-10-24T10:01:00Z");
    expect(calls).toHaveLength(2);
    read("2026-10-24T09:00:00Z");
    expect(calls).toHaveLength(3);
    read("2026-10-24T09:00:01Z", `${key}-changed`);
    expect(calls).toHaveLength(4);
  });
});
