import { consentChannels } from "@/db/schema/consent";

/** The dashboard's filters, kept in the URL. Client-safe. */
export const granularities = ["day", "week", "month"] as const;
export type Granularity = (typeof granularities)[number];

export interface DashboardFilters {
  from: string;
  to: string;
  /** Purpose keys; empty = all. */
  purposes: string[];
  /** Channels; empty = all. */
  channels: string[];
  granularity: Granularity;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 3 * 366;

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const list = (value: string | null) =>
  value
    ? value
        .split(",")
        .map((v) => v.trim())
        .filter(Boolean)
    : [];

/** Filters from URL parameters; anything missing or invalid falls back to the last 12 months, all purposes and channels, by week. */
export function parseDashboardFilters(params: URLSearchParams, today: string): DashboardFilters {
  let to = params.get("to") ?? "";
  let from = params.get("from") ?? "";
  if (!DATE.test(to) || Number.isNaN(Date.parse(to)) || to > today) to = today;
  if (!DATE.test(from) || Number.isNaN(Date.parse(from)) || from > to) from = addDays(to, -364);
  if (Date.parse(to) - Date.parse(from) > MAX_DAYS * 86_400_000) from = addDays(to, -MAX_DAYS);
  const granularity = granularities.find((g) => g === params.get("granularity")) ?? "week";
  const channels = list(params.get("channels")).filter((c) => (consentChannels as readonly string[]).includes(c));
  const purposes = list(params.get("purposes")).filter((p) => /^[a-z][a-z0-9_]{2,63}$/.test(p));
  return { from, to, purposes: [...new Set(purposes)].sort(), channels: [...new Set(channels)].sort(), granularity };
}

export function dashboardSearch(filters: DashboardFilters): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to, granularity: filters.granularity });
  if (filters.purposes.length) params.set("purposes", filters.purposes.join(","));
  if (filters.channels.length) params.set("channels", filters.channels.join(","));
  return params.toString();
}

export { addDays };
