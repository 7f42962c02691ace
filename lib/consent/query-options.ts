import { queryOptions } from "@tanstack/react-query";
import { HttpError } from "@/lib/audit/query-options";
import { dashboardSearch, type DashboardFilters } from "./dashboard-filters";
import type { ConsentOverviewDTO, DashboardDTO } from "./dashboard-types";

/** TanStack Query keys and options of the consent domain (client-safe; the server prefetches with the same keys). */
export const consentKeys = {
  all: ["consent"] as const,
  dashboard: (filters: DashboardFilters) => [...consentKeys.all, "dashboard", filters] as const,
  overview: () => [...consentKeys.all, "overview"] as const,
};

async function getJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, cache: "no-store", headers: { accept: "application/json" } });
  if (!response.ok) throw new HttpError(response.status);
  return (await response.json()) as T;
}

const retry = (failures: number, error: Error) => !(error instanceof HttpError && error.status < 500) && failures < 2;

export function dashboardQueryOptions(filters: DashboardFilters) {
  return queryOptions({
    queryKey: consentKeys.dashboard(filters),
    queryFn: ({ signal }) => getJson<DashboardDTO>(`/api/consent/dashboard?${dashboardSearch(filters)}`, signal),
    placeholderData: (previous) => previous,
    retry,
  });
}

export function consentOverviewQueryOptions() {
  return queryOptions({
    queryKey: consentKeys.overview(),
    queryFn: ({ signal }) => getJson<ConsentOverviewDTO>("/api/consent/overview", signal),
    retry,
  });
}
