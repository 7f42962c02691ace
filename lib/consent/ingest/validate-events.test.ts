import { describe, expect, it } from "vitest";
import { validateEvents, validateEventsInSlices, type Catalogue } from "./validate-events";

const catalogue: Catalogue = new Map([
  [
    "marketing_sms",
    { id: "00000000-0000-4000-8000-000000000001", isActive: true, channels: ["app", "web"], textVersions: ["v1"] },
  ],
]);
const now = new Date("2026-03-29T01:30:00Z");
const event = (i: number, overrides: Record<string, unknown> = {}) => ({
  eventId: `e-${i}`,
  subscriberRef: `SUB-${i % 7}`,
  purpose: "marketing_sms",
  action: i % 2 ? "grant" : "withdraw",
  channel: "app",
  occurredAt: "2026-03-29T01:00:00Z",
  textVersion: "v1",
  ...overrides,
});

describe("validateEventsInSlices", () => {
  it("gives the same verdict as validateEvents, rejections and in-batch duplicates included across slice boundaries", async () => {
    const items: unknown[] = Array.from({ length: 23 }, (_, i) => event(i));
    items[4] = event(4, { channel: "shop" });
    items[9] = event(3); // repeats e-3, in the next slice of 5
    items[15] = "not an object";
    items[21] = event(21, { occurredAt: "2026-03-29T01:36:00Z" }); // 6 minutes ahead of now
    const sliced = await validateEventsInSlices(items, catalogue, "api-key", now, 5);
    expect(sliced).toEqual(validateEvents(items, catalogue, "api-key", now));
    expect(sliced.valid).toHaveLength(19);
    expect(sliced.duplicatesInBatch).toBe(1);
    expect(sliced.rejected.map((r) => [r.index, r.errors.map((e) => e.path)])).toEqual([
      [4, ["channel"]],
      [15, [""]],
      [21, ["occurredAt"]],
    ]);
  });
});
