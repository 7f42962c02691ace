import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/testing/db";
import { consentEventKey } from "../ingest/event-key";
import { ensurePartitions, storeEvents, type StorableEvent } from "../ingest/store-events";
import { unsafeCreatePurpose } from "../test-fixtures";
import { unsafeConsentOverview } from "./dashboard";
import { unsafeReadDashboard } from "./read";

const database = useTestDatabase();
const db = () => database.current.handle.db;

let counter = 0;
const event = (
  purposeId: string,
  subscriberRef: string,
  at: string,
  isGrant: boolean,
  channel: string,
): StorableEvent => {
  const eventId = `ans-${counter++}`;
  return {
    key: consentEventKey("test-sender", eventId),
    occurredAt: new Date(at),
    subscriberRef,
    purposeId,
    isGrant,
    channel,
    textVersion: "v1",
    eventId,
    sender: "test-sender",
    source: null,
    proof: null,
  };
};

async function store(events: StorableEvent[]) {
  await ensurePartitions(
    db(),
    events.map((e) => e.occurredAt),
  );
  await db().transaction((tx) => storeEvents(tx, events));
}

describe("the dashboard's grants, refusals and effective withdrawals (issue 15.5)", () => {
  it("counts a first refusal as a refusal, a STOP without consent as nothing, a withdrawal only from opted in", async () => {
    const purpose = await unsafeCreatePurpose(db());
    await store([
      // Refuses, then replies STOP though never opted in.
      event(purpose.id, "A", "2026-07-01T08:00:00Z", false, "sms"),
      event(purpose.id, "A", "2026-07-07T08:00:00Z", false, "sms"),
      // Grants, then withdraws: the one real withdrawal.
      event(purpose.id, "B", "2026-07-01T08:00:00Z", true, "web"),
      event(purpose.id, "B", "2026-07-07T08:00:00Z", false, "sms"),
      // Grants twice: one grant.
      event(purpose.id, "C", "2026-07-01T09:00:00Z", true, "web"),
      event(purpose.id, "C", "2026-07-02T09:00:00Z", true, "web"),
    ]);
    const dashboard = await unsafeReadDashboard(db(), {
      from: "2026-07-01",
      to: "2026-07-08",
      purposes: [purpose.key],
      channels: [],
      granularity: "day",
    });
    expect(dashboard.flows).toEqual([
      { bucket: "2026-07-01", channel: "sms", grants: 0, refusals: 1, withdrawals: 0 },
      { bucket: "2026-07-01", channel: "web", grants: 2, refusals: 0, withdrawals: 0 },
      { bucket: "2026-07-07", channel: "sms", grants: 0, refusals: 0, withdrawals: 1 },
    ]);
    expect(dashboard.versions).toEqual([
      { key: purpose.key, textVersion: "v1", grants: 2, refusals: 1, withdrawals: 1 },
    ]);
  });

  it("counts the subscribers asked so far per bucket, so the opted-in series can be read as a rate (issue 15.11)", async () => {
    const purpose = await unsafeCreatePurpose(db());
    await store([
      // Asked before the period: counts in the base.
      event(purpose.id, "P", "2026-06-20T08:00:00Z", true, "web"),
      event(purpose.id, "Q", "2026-07-01T08:00:00Z", false, "sms"),
      event(purpose.id, "R", "2026-07-03T08:00:00Z", true, "web"),
      // A second answer of someone already asked does not ask anyone new.
      event(purpose.id, "R", "2026-07-04T08:00:00Z", false, "web"),
    ]);
    const dashboard = await unsafeReadDashboard(db(), {
      from: "2026-07-01",
      to: "2026-07-04",
      purposes: [purpose.key],
      channels: [],
      granularity: "day",
    });
    const at = (series: { bucket: string; values: Record<string, number> }[]) =>
      series.map((point) => point.values[purpose.key]);
    expect(at(dashboard.askedSeries)).toEqual([2, 2, 3, 3]);
    expect(at(dashboard.optedInSeries)).toEqual([1, 1, 2, 1]);
    expect(dashboard.askedSeries.at(-1)!.values[purpose.key]).toBe(dashboard.current[0]!.everAsked);
  });

  it("finds spikes in effective withdrawals only, and says which purpose and channel drove them", async () => {
    const purpose = await unsafeCreatePurpose(db());
    const other = await unsafeCreatePurpose(db());
    const events: StorableEvent[] = [];
    for (let i = 0; i < 30; i++) events.push(event(purpose.id, `G${i}`, "2026-05-01T08:00:00Z", true, "web"));
    for (let i = 0; i < 4; i++) events.push(event(other.id, `O${i}`, "2026-05-01T08:00:00Z", true, "web"));
    // On 10 June: 25 real withdrawals by SMS, 3 in the app for another purpose, and 60 no-op STOPs.
    for (let i = 0; i < 25; i++) events.push(event(purpose.id, `G${i}`, "2026-06-10T08:00:00Z", false, "sms"));
    for (let i = 0; i < 3; i++) events.push(event(other.id, `O${i}`, "2026-06-10T08:00:00Z", false, "app"));
    for (let i = 0; i < 60; i++) {
      events.push(event(purpose.id, `N${i}`, "2026-05-02T08:00:00Z", false, "sms"));
      events.push(event(purpose.id, `N${i}`, "2026-06-11T08:00:00Z", false, "sms"));
    }
    await store(events);
    const dashboard = await unsafeReadDashboard(db(), {
      from: "2026-06-01",
      to: "2026-06-15",
      purposes: [purpose.key, other.key],
      channels: [],
      granularity: "day",
    });
    expect(dashboard.spikes).toEqual([
      expect.objectContaining({
        day: "2026-06-10",
        withdrawals: 28,
        drivers: [
          { key: purpose.key, channel: "sms", withdrawals: 25 },
          { key: other.key, channel: "app", withdrawals: 3 },
        ],
      }),
    ]);
  });
});

describe("objection purposes on the overview (issue 15.6)", () => {
  it("shows the share of subscribers objecting, apart from the consent purposes", async () => {
    const mobility = await unsafeCreatePurpose(db(), { kind: "objection" });
    const events: StorableEvent[] = [];
    // Ten subscribers informed (a "grant": not objecting); eight of them object.
    for (let i = 0; i < 10; i++) events.push(event(mobility.id, `M${i}`, "2026-08-01T08:00:00Z", true, "web"));
    for (let i = 0; i < 8; i++) events.push(event(mobility.id, `M${i}`, "2026-08-02T08:00:00Z", false, "web"));
    await store(events);
    const overview = await unsafeConsentOverview(db(), "2026-08-10");
    expect(overview.purposes.find((p) => p.key === mobility.key)).toMatchObject({
      kind: "objection",
      measure: "objecting",
      count: 8,
      rate: 80,
    });
  });
});
