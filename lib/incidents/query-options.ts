import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/query/fetch-json";
import type { IncidentSummaryDTO } from "./summary";

/** TanStack Query keys and options of the incidents domain (client-safe). */
export const incidentKeys = {
  all: ["incidents"] as const,
  list: () => [...incidentKeys.all, "list"] as const,
};

/** The list refreshes every minute (statuses may change as deadlines pass); countdowns tick locally. */
export const INCIDENTS_REFRESH_MS = 60_000;

export function incidentListQueryOptions() {
  return queryOptions({
    queryKey: incidentKeys.list(),
    queryFn: ({ signal }) => fetchJson<IncidentSummaryDTO[]>("/api/incidents", signal),
    refetchInterval: INCIDENTS_REFRESH_MS,
  });
}

/** The register entries other domains link to: shared with consent, so it lives with the register. */
export { registerEntryLinksQueryOptions } from "@/lib/register/query-options";
