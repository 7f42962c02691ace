import { describe, expect, it } from "vitest";
import { auditDetailsView, auditLogHref, shortenHash, shortenId } from "@/components/audit/format";
import { auditKeys, recentActivityQueryOptions, toRecentActivity } from "./query-options";
import { auditFiltersSchema } from "./schemas";

describe("audit presentation helpers", () => {
  it("shortens UUIDs and hashes but leaves other identifiers whole", () => {
    expect(shortenId("3f2a9c1e-8b7d-4e6f-9a0b-1c2d3e4f5a6b")).toBe("3f2a9c1e…");
    expect(shortenId("POST /api/audit/recent")).toBe("POST /api/audit/recent");
    expect(shortenHash("a".repeat(64))).toBe(`${"a".repeat(12)}…`);
    expect(shortenHash("abc")).toBe("abc");
  });

  it("shows before / after / meta as indented JSON, null when absent, and lists the changed fields", () => {
    const view = auditDetailsView({
      before: { name: "Alice", role: "security", tags: ["a"], nested: { x: 1 }, gone: true },
      after: { name: "Alice", role: "dpo", tags: ["a"], nested: { x: 2 }, added: null },
      meta: null,
    });
    expect(view.changedFields).toEqual(["added", "gone", "nested", "role"]);
    expect(view.panels.map((p) => p.part)).toEqual(["before", "after", "meta"]);
    expect(view.panels[0]!.json).toContain('\n  "name": "Alice"');
    expect(view.panels[2]!.json).toBeNull();
  });

  it("lists no changed fields unless before and after are both objects", () => {
    expect(auditDetailsView({ before: null, after: { a: 1 }, meta: { b: 2 } }).changedFields).toEqual([]);
    expect(auditDetailsView({ before: [1], after: [2], meta: null }).changedFields).toEqual([]);
    expect(
      auditDetailsView({ before: { a: [1, { b: 2 }] }, after: { a: [1, { b: 2 }] }, meta: null }).changedFields,
    ).toEqual([]);
  });

  it("builds page links that keep the filters and drop empty ones", () => {
    const filters = auditFiltersSchema.parse({
      actor: "  Zoë & co ",
      action: "",
      entity: "user",
      from: "2026-03-30",
      to: "not a date",
      page: "4",
    });
    expect(auditLogHref(filters, 2)).toBe("/audit-log?actor=Zo%C3%AB+%26+co&entity=user&from=2026-03-30&page=2");
    expect(auditLogHref(filters, 1)).toBe("/audit-log?actor=Zo%C3%AB+%26+co&entity=user&from=2026-03-30");
    expect(auditLogHref(auditFiltersSchema.parse({}))).toBe("/audit-log");
  });
});

describe("audit query options", () => {
  it("keys recent activity per viewer under the domain key", () => {
    expect(auditKeys.recent("u1")).toEqual(["audit", "recent", "u1"]);
    expect(recentActivityQueryOptions("u1").queryKey).toEqual(auditKeys.recent("u1"));
    expect(recentActivityQueryOptions("u1").refetchInterval).toBe(30_000);
  });

  it("sends the overview only what it shows, with the time it was read", () => {
    const now = new Date("2026-03-30T08:00:00Z");
    const entry = {
      seq: 7,
      occurredAt: "2026-03-29T22:30:00.000Z",
      actorLabel: "Alice",
      action: "user.update",
      entityType: "user",
      entityId: "u1",
      entityName: "Alice Martin",
      before: { secret: 1 },
      after: { secret: 2 },
      meta: { ip: "x" },
      hash: "h",
    };
    expect(toRecentActivity([entry], now)).toEqual({
      entries: [
        {
          seq: 7,
          occurredAt: "2026-03-29T22:30:00.000Z",
          actorLabel: "Alice",
          action: "user.update",
          entityType: "user",
          entityId: "u1",
          entityName: "Alice Martin",
        },
      ],
      fetchedAt: "2026-03-30T08:00:00.000Z",
    });
  });
});
