import { queryOptions } from "@tanstack/react-query";
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
    queryFn: async ({ signal }): Promise<ActivitySnapshot> => {
      const response = await fetch(`/api/register/${encodeURIComponent(reference)}`, { signal, cache: "no-store", headers: { accept: "application/json" } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as ActivitySnapshot;
    },
  });
}
