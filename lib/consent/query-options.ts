import { queryOptions } from "@tanstack/react-query";
import { fetchJson, retryUnlessRefused } from "@/lib/query/fetch-json";
import { dashboardSearch, type DashboardFilters } from "./dashboard/filters";
import type { ConsentOverviewDTO } from "./dashboard/types";
import { fromDashboardWire, type DashboardWire } from "./dashboard/wire";

/** TanStack Query keys and options of the consent domain (client-safe; the server prefetches with the same keys). */
export const consentKeys = {
  all: ["consent"] as const,
  dashboard: (filters: DashboardFilters) => [...consentKeys.all, "dashboard", filters] as const,
  overview: () => [...consentKeys.all, "overview"] as const,
};

/**
 * The dashboard's figures: the cache holds them as they travel (`DashboardWire`, also what the page
 * prefetches), and `select` gives the components the `DashboardDTO` they read.
 */
export function dashboardQueryOptions(filters: DashboardFilters) {
  return queryOptions({
    queryKey: consentKeys.dashboard(filters),
    queryFn: ({ signal }) => fetchJson<DashboardWire>(`/api/consent/dashboard?${dashboardSearch(filters)}`, signal),
    select: fromDashboardWire,
    placeholderData: (previous) => previous,
    retry: retryUnlessRefused,
  });
}

export function consentOverviewQueryOptions() {
  return queryOptions({
    queryKey: consentKeys.overview(),
    queryFn: ({ signal }) => fetchJson<ConsentOverviewDTO>("/api/consent/overview", signal),
    retry: retryUnlessRefused,
  });
}
