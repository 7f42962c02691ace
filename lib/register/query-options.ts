import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/query/fetch-json";
import type { RegisterEntryLinkDTO } from "./lookup";
import type { ProcessingActivity } from "./schemas";

/** TanStack Query keys and options of the register (client-safe). */
export const registerKeys = {
  all: ["register"] as const,
  detail: (reference: string) => [...registerKeys.all, "detail", reference] as const,
};

/** An entry as the route handler returns it: its current version and content. */
export interface ActivitySnapshot {
  reference: string;
  version: number;
  status: ProcessingActivity["status"];
  content: ProcessingActivity;
  updatedAt: string;
}

export function activityQueryOptions(reference: string) {
  return queryOptions({
    queryKey: registerKeys.detail(reference),
    queryFn: ({ signal }) => fetchJson<ActivitySnapshot>(`/api/register/${encodeURIComponent(reference)}`, signal),
  });
}

/** The register entries other domains link to (incidents, consent purposes); retired ones marked by their status. */
export function registerEntryLinksQueryOptions() {
  return queryOptions({
    queryKey: [...registerKeys.all, "links"] as const,
    queryFn: ({ signal }) => fetchJson<RegisterEntryLinkDTO[]>("/api/register/options", signal),
    staleTime: 60_000,
  });
}
