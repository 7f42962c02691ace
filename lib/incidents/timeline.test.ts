import { describe, expect, it } from "vitest";
import type { ClockDTO } from "./clocks/dto";
import { buildTimeline, type TimelineEntryDTO } from "./timeline";

const entry = (id: string, at: string): TimelineEntryDTO => ({
  id,
  kind: "note",
  at,
  text: "",
  data: null,
  recordedBy: "x",
  recordedAt: at,
});
const clock = (id: ClockDTO["id"], dueAt: string | null, status: ClockDTO["status"] = "pending") =>
  ({ id, dueAt, status }) as ClockDTO;

describe("buildTimeline", () => {
  it("orders entries, deadline markers and the now line by time; skips not-applicable clocks", () => {
    const items = buildTimeline(
      [entry("b", "2026-11-20T12:00:00.000Z"), entry("a", "2026-11-20T09:00:00.000Z")],
      [
        clock("gdpr-33", "2026-11-23T09:00:00.000Z"),
        clock("gdpr-34", null),
        clock("eprivacy-611-initial", "2026-11-21T09:00:00.000Z", "not-applicable"),
      ],
      new Date("2026-11-21T00:00:00.000Z"),
    );
    expect(items.map((i) => (i.type === "entry" ? i.entry.id : i.type === "deadline" ? i.clock.id : "now"))).toEqual([
      "a",
      "b",
      "now",
      "gdpr-33",
    ]);
  });

  it("puts an entry before a deadline at the same instant", () => {
    const items = buildTimeline(
      [entry("sent", "2026-11-23T09:00:00.000Z")],
      [clock("gdpr-33", "2026-11-23T09:00:00.000Z")],
      new Date("2026-12-01T00:00:00Z"),
    );
    expect(items.map((i) => i.type)).toEqual(["entry", "deadline", "now"]);
  });
});
