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
