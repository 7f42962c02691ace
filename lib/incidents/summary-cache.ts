import type { IncidentRow, IncidentSettings, NotificationRow } from "./clocks/facts";
import type { IncidentSummaryDTO } from "./summary";

/**
 * Summaries of closed incidents, kept in memory (issue 16): a closed incident has no next deadline, so
 * its summary depends only on its row, its notifications, its owner's name and the settings — not on
 * the time. The key holds all of them (version and update time of the row, every notification), so
 * any change computes it again; computing every clock of every closed incident on each list was most
 * of the list's CPU.
 */
const MAX_ENTRIES = 20_000;
const closed = new Map<string, IncidentSummaryDTO>();

export function closedSummaryKey(
  row: IncidentRow,
  notifications: readonly NotificationRow[],
  owner: string | null,
  settings: IncidentSettings,
): string {
  return JSON.stringify([row.id, row.version, row.updatedAt, notifications, owner, settings]);
}

export function cachedClosedSummary(key: string, compute: () => IncidentSummaryDTO): IncidentSummaryDTO {
  const hit = closed.get(key);
  if (hit) return hit;
  const summary = compute();
  if (closed.size >= MAX_ENTRIES) closed.clear();
  closed.set(key, summary);
  return summary;
}

/**
 * Summaries of open incidents, kept while they cannot read differently: an open incident's summary
 * changes with the row, its notifications, its owner or the settings (all in the key, as above), and
 * with the time only when `now` reaches one of its instants — a clock's start or due time (pending
 * turns overdue), a notification's or the publication's instant. Each entry holds from the instant it
 * was computed until the first of those instants, and never longer than OPEN_TTL_MS.
 */
export const OPEN_TTL_MS = 60_000;
const open = new Map<string, { summary: IncidentSummaryDTO; from: number; until: number }>();

export function cachedOpenSummary(
  key: string,
  now: Date,
  compute: () => { summary: IncidentSummaryDTO; changesAt: readonly (Date | null | undefined)[] },
): { summary: IncidentSummaryDTO; until: number } {
  const at = now.getTime();
  const hit = open.get(key);
  if (hit && hit.from <= at && at < hit.until) return hit;
  const { summary, changesAt } = compute();
  let until = at + OPEN_TTL_MS;
  for (const instant of changesAt) {
    const t = instant?.getTime();
    if (t !== undefined && t > at && t < until) until = t;
  }
  if (open.size >= MAX_ENTRIES) open.clear();
  const entry = { summary, from: at, until };
  open.set(key, entry);
  return entry;
}
