import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsentDashboard } from "@/components/consent/consent-dashboard";
import { ConsentHeader, ConsentTabs } from "@/components/consent/consent-tabs";
import { requirePermission } from "@/lib/auth/session";
import { consentDashboard } from "@/lib/consent/dashboard/dashboard";
import { parseDashboardFilters } from "@/lib/consent/dashboard/filters";
import { dashboardQueryOptions } from "@/lib/consent/query-options";
import { toDashboardWire } from "@/lib/consent/dashboard/wire";
import { todayIn } from "@/lib/consent/dashboard/today";
import { getQueryClient } from "@/lib/query/get-query-client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("consent");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) if (typeof value === "string") params.set(key, value);
  return params;
}

/** The consent dashboard: filters in the URL, first paint prefetched, then TanStack Query on the route handler. */
export default async function ConsentDashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("consent:read");
  const today = todayIn(new Date());
  const filters = parseDashboardFilters(toParams(await searchParams), today);
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({
    ...dashboardQueryOptions(filters),
    queryFn: async () => toDashboardWire(await consentDashboard(actor, filters)),
  });
  const t = await getTranslations("consent");
  return (
    <div className="grid min-w-0 gap-6">
      <ConsentHeader title={t("title")} description={t("description")} />
      <ConsentTabs actor={actor} current="dashboard" />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ConsentDashboard today={today} />
      </HydrationBoundary>
    </div>
  );
}
