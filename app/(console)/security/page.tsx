import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FindingsTable } from "@/components/security-programme/findings-table";
import { OverviewPanels } from "@/components/security-programme/overview-panels";
import { SecurityHeader } from "@/components/security-programme/security-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { incidentChoices, securityOverview } from "@/lib/security-programme/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("securityProgramme");
  return { title: t("title") };
}

/** `/security`: coverage of systems holding personal data, open findings (overdue first, with their age), audits due. */
export default async function SecurityOverviewPage() {
  const actor = await requirePermission("security:read");
  const canManage = can(actor.role, "security:manage");
  const [overview, incidents] = await Promise.all([
    securityOverview(actor, new Date()),
    canManage ? incidentChoices(actor) : undefined,
  ]);
  const t = await getTranslations("securityProgramme");
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6">
      <SecurityHeader current="overview" title={t("title")} readOnly={!canManage} />
      <OverviewPanels overview={overview} />
      <section aria-labelledby="open-findings" className="grid gap-3">
        <h2 id="open-findings" className="text-lg font-semibold">
          {t("overview.openFindings")}
        </h2>
        {overview.openFindings.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("overview.noOpenFindings")}</p>
        ) : (
          <FindingsTable
            findings={overview.openFindings}
            canManage={canManage}
            today={overview.today}
            caption={t("overview.openFindings")}
            incidents={incidents}
          />
        )}
      </section>
    </div>
  );
}
