import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/query/fetch-json";
import type { IncidentOverviewDTO, IncidentSummaryDTO } from "./summary";

/** TanStack Query keys and options of the incidents domain (client-safe). */
export const incidentKeys = {
  all: ["incidents"] as const,
  list: (scope: IncidentListScope = "all") => [...incidentKeys.all, "list", scope] as const,
  overview: () => [...incidentKeys.all, "overview"] as const,
};

/** The list refreshes every minute (statuses may change as deadlines pass); countdowns tick locally. */
export const INCIDENTS_REFRESH_MS = 60_000;

/** Every incident, or only the open ones (the list's default view, the overview's card: no closed ones sent). */
export type IncidentListScope = "open" | "all";

export function incidentListQueryOptions(scope: IncidentListScope = "all") {
  return queryOptions({
    queryKey: incidentKeys.list(scope),
    queryFn: ({ signal }) => fetchJson<IncidentSummaryDTO[]>(`/api/incidents?scope=${scope}`, signal),
    refetchInterval: INCIDENTS_REFRESH_MS,
  });
}

/** The overview's card: counts and the nearest deadlines, refreshed like the list. */
export function incidentOverviewQueryOptions() {
  return queryOptions({
    queryKey: incidentKeys.overview(),
    queryFn: ({ signal }) => fetchJson<IncidentOverviewDTO>("/api/incidents/overview", signal),
    refetchInterval: INCIDENTS_REFRESH_MS,
  });
}

/** The register entries other domains link to: shared with consent, so it lives with the register. */
export { registerEntryLinksQueryOptions } from "@/lib/register/query-options";
