"use client";

import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { dashboardSearch, parseDashboardFilters, type DashboardFilters } from "@/lib/consent/dashboard/filters";
import { dashboardQueryOptions } from "@/lib/consent/query-options";
import { CampaignChecksSection } from "./campaign-checks-section";
import { CsvDownloadButton } from "./csv-download-button";
import { CurrentOptedIn } from "./current-opted-in";
import { DashboardFiltersForm } from "./dashboard-filters-form";
import { FlowsSection } from "./flows-section";
import { OptedInSection } from "./opted-in-section";
import { SpikesSection } from "./spikes-section";
import { VersionsSection } from "./versions-section";

/** The dashboard body: filters from the URL, figures from the route handler (hydrated on first paint). */
export function ConsentDashboard({ today }: { today: string }) {
  const t = useTranslations("consent");
  const searchParams = useSearchParams();
  // Read from the URL once; then the controls own the filters and write them back to the URL.
  const [filters, setFiltersState] = useState(() =>
    parseDashboardFilters(new URLSearchParams(searchParams.toString()), today),
  );
  const { data, isError, isFetching } = useQuery(dashboardQueryOptions(filters));
  // The history API changes the URL without a navigation: no reload, no server render.
  const setFilters = (next: DashboardFilters) => {
    setFiltersState(next);
    window.history.replaceState(null, "", `?${dashboardSearch(next)}`);
  };

  if (!data) {
    return isError ? (
      <Alert variant="destructive">
        <AlertDescription>{t("loadError")}</AlertDescription>
      </Alert>
    ) : (
      <Skeleton className="h-96 w-full" />
    );
  }
  return (
    <div className="grid min-w-0 gap-6">
      <DashboardFiltersForm filters={filters} purposes={data.purposes} today={today} onChange={setFilters} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p aria-live="polite" className="text-sm text-muted-foreground">
          {isFetching ? t("filters.loading") : ""}
        </p>
        <CsvDownloadButton data={data} />
      </div>
      {isError ? (
        <Alert variant="destructive">
          <AlertDescription>{t("loadError")}</AlertDescription>
        </Alert>
      ) : null}
      <CurrentOptedIn data={data} />
      <OptedInSection data={data} />
      <FlowsSection data={data} />
      <SpikesSection data={data} />
      <VersionsSection data={data} />
      <CampaignChecksSection data={data} />
    </div>
  );
}
