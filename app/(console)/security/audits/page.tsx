import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RecordAuditDialog } from "@/components/security-programme/audit-form";
import { AuditsTable, ProvidersTable } from "@/components/security-programme/audits-table";
import { AddProviderDialog } from "@/components/security-programme/provider-form";
import { SecurityHeader } from "@/components/security-programme/security-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { today } from "@/lib/security-programme/calendar";
import { listAudits, listProviders, listSystems } from "@/lib/security-programme/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("securityProgramme");
  return { title: t("audits.title") };
}

export default async function SecurityAuditsPage() {
  const actor = await requirePermission("security:read");
  const now = new Date();
  const canManage = can(actor.role, "security:manage");
  const [audits, providers, systems] = await Promise.all([
    listAudits(actor),
    listProviders(actor, now),
    canManage ? listSystems(actor, now) : [],
  ]);
  const t = await getTranslations("securityProgramme");
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6">
      <SecurityHeader
        current="audits"
        title={t("audits.title")}
        readOnly={!canManage}
        actions={
          canManage ? (
            <>
              <AddProviderDialog />
              {providers.length ? (
                <RecordAuditDialog
                  providers={providers.map(({ id, name }) => ({ id, name }))}
                  systems={systems.map(({ id, name }) => ({ id, name }))}
                  today={today(now)}
                />
              ) : null}
            </>
          ) : null
        }
      />
      <AuditsTable audits={audits} />
      <section aria-labelledby="providers" className="grid gap-3">
        <h2 id="providers" className="text-lg font-semibold">
          {t("providers.title")}
        </h2>
        <ProvidersTable providers={providers} />
      </section>
    </div>
  );
}
