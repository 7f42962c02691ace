import { queryOptions } from "@tanstack/react-query";
import type { RegisterEntryLinkDTO } from "@/lib/register/lookup";
import { registerKeys } from "@/lib/register/query-options";
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
    queryFn: async (): Promise<IncidentSummaryDTO[]> => {
      const response = await fetch("/api/incidents", { headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(`incidents list: HTTP ${response.status}`);
      return (await response.json()) as IncidentSummaryDTO[];
    },
    refetchInterval: INCIDENTS_REFRESH_MS,
  });
}

/** The register entries an incident can link to (retired ones marked by their status). */
export function registerEntryLinksQueryOptions() {
  return queryOptions({
    queryKey: [...registerKeys.all, "links"] as const,
    queryFn: async ({ signal }): Promise<RegisterEntryLinkDTO[]> => {
      const response = await fetch("/api/register/options", { signal, cache: "no-store", headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(`register entries: HTTP ${response.status}`);
      return (await response.json()) as RegisterEntryLinkDTO[];
    },
    staleTime: 60_000,
  });
}
