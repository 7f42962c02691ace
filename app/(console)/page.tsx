import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IncidentDeadlinesCard } from "@/components/overview/incident-deadlines-card";
import { ConsentOverviewCard } from "@/components/overview/consent-card";
import { RecentActivityCard } from "@/components/overview/recent-activity-card";
import { RegisterCard } from "@/components/overview/register-card";
import { recentActivity } from "@/lib/audit/queries";
import { recentActivityQueryOptions, toRecentActivity } from "@/lib/audit/query-options";
import { can } from "@/lib/auth/permissions";
import { consentOverview } from "@/lib/consent/dashboard/dashboard";
import { consentOverviewQueryOptions } from "@/lib/consent/query-options";
import { todayIn } from "@/lib/consent/dashboard/today";
import { requireActor } from "@/lib/auth/session";
import { registerSummary } from "@/lib/register/queries";
import { incidentOverview } from "@/lib/incidents/overview";
import { SecurityProgrammeCard } from "@/components/security-programme/overview-card";
import { securityOverview } from "@/lib/security-programme/queries";
import { getQueryClient } from "@/lib/query/get-query-client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("overview");
  return { title: t("title") };
}

/** The overview: one card per concern, all hydrated from one per-request query client; every role lands here. */
export default async function OverviewPage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const now = new Date();
  const queryClient = getQueryClient();
  const showConsent = can(actor.role, "consent:read");
  // The cards read independent data: fetch them side by side, not one after another.
  // Same keys and options as the client; on the server the data-access layer is called directly.
  const [register, incidents, security] = await Promise.all([
    can(actor.role, "register:read") ? registerSummary(actor, now) : null,
    can(actor.role, "incidents:read") ? incidentOverview(actor, now) : null,
    // The security programme's card: for those who run it (the security director and the DPO).
    can(actor.role, "security:manage") ? securityOverview(actor, now) : null,
    queryClient.prefetchQuery({
      ...recentActivityQueryOptions(actor.id),
      queryFn: async () => toRecentActivity(await recentActivity(actor), new Date()),
    }),
    showConsent
      ? queryClient.prefetchQuery({
          ...consentOverviewQueryOptions(),
          queryFn: () => consentOverview(actor, todayIn(now)),
        })
      : null,
  ]);

  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("overview.title")}</h1>
        <p className="text-muted-foreground">{t("overview.welcome", { name: actor.name })}</p>
      </header>
      <ClientMessages area="overview">
        <HydrationBoundary state={dehydrate(queryClient)}>
          {/* Two balanced columns, each card as tall as its content: no card stretched to its neighbour's height. */}
          <div className="gap-6 xl:columns-2 [&>*]:mb-6 [&>*]:break-inside-avoid">
            {register ? <RegisterCard summary={register} /> : null}
            {incidents ? <IncidentDeadlinesCard initial={incidents} /> : null}
            <RecentActivityCard viewerId={actor.id} canReadLog={can(actor.role, "audit:read")} />
            {showConsent ? <ConsentOverviewCard /> : null}
            {security ? <SecurityProgrammeCard overview={security} /> : null}
          </div>
        </HydrationBoundary>
      </ClientMessages>
    </div>
  );
}
