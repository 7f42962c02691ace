import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportCentre } from "@/components/exports/centre/export-centre";
import { SigningKeyCard } from "@/components/exports/pack/signing-key-card";
import { VerifyPackForm } from "@/components/exports/pack/verify-pack-form";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listExportHistory, reportChoices } from "@/lib/exports/centre/queries";
import { exportHistoryQueryOptions } from "@/lib/exports/centre/query-options";
import { signingKeyStatus } from "@/lib/exports/pack/key-source";
import { getQueryClient } from "@/lib/query/get-query-client";
import { isoDateInZone } from "@/lib/time/zone-days";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("exportCentre");
  return { title: t("title") };
}

/** The export centre: choose a report, its scope and a format; follow the job; the history with every file's SHA-256. */
export default async function ExportsPage() {
  const actor = await requirePermission("exports:read");
  const t = await getTranslations("exportCentre");
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({ ...exportHistoryQueryOptions(actor.id), queryFn: () => listExportHistory(actor) });
  const today = isoDateInZone(new Date());
  const choices = reportChoices(actor);
  const keyStatus = await signingKeyStatus();

  return (
    <div className="grid min-w-0 gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="max-w-3xl text-muted-foreground">{t("description")}</p>
        {!can(actor.role, "exports:create") && can(actor.role, "exports:incidents") ? (
          <p className="max-w-3xl text-sm text-muted-foreground">{t("incidentOnly")}</p>
        ) : null}
        {choices.length === 0 ? <p className="max-w-3xl text-sm text-muted-foreground">{t("noReports")}</p> : null}
      </header>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ExportCentre viewerId={actor.id} choices={choices} defaultFrom={`${today.slice(0, 4)}-01-01`} today={today} />
      </HydrationBoundary>
      <div className="grid gap-6 lg:grid-cols-2">
        <SigningKeyCard status={keyStatus} />
        <VerifyPackForm />
      </div>
    </div>
  );
}
