import type { ClockDTO } from "./clocks/dto";

export interface TimelineEntryDTO {
  id: string;
  kind: string;
  at: string;
  text: string;
  data: Record<string, unknown> | null;
  recordedBy: string;
  recordedAt: string;
}

export type TimelineItem =
  | { type: "entry"; at: string; entry: TimelineEntryDTO }
  | { type: "deadline"; at: string; clock: ClockDTO }
  | { type: "now"; at: string };

/**
 * One visual timeline: the recorded entries, the deadlines of applicable obligations as markers,
 * and a "now" line, in time order (entries before markers at the same instant).
 */
export function buildTimeline(
  entries: readonly TimelineEntryDTO[],
  clocks: readonly ClockDTO[],
  now: Date,
): TimelineItem[] {
  const items: TimelineItem[] = [
    ...entries.map((entry) => ({ type: "entry" as const, at: entry.at, entry })),
    ...clocks
      .filter((c) => c.dueAt && c.status !== "not-applicable")
      .map((clock) => ({ type: "deadline" as const, at: clock.dueAt!, clock })),
    { type: "now", at: now.toISOString() },
  ];
  const order = { entry: 0, deadline: 1, now: 2 } as const;
  return items.sort((a, b) => a.at.localeCompare(b.at) || order[a.type] - order[b.type]);
}
