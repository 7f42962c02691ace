import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AddFindingDialog } from "@/components/security-programme/finding-form";
import { FindingsTable } from "@/components/security-programme/findings-table";
import { SecurityHeader } from "@/components/security-programme/security-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { today } from "@/lib/security-programme/calendar";
import { incidentChoices, listAudits, listFindings, listSystems } from "@/lib/security-programme/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("securityProgramme");
  return { title: t("findings.title") };
}

/** Every finding: unresolved first, overdue first with their age, then the closed ones. */
export default async function SecurityFindingsPage() {
  const actor = await requirePermission("security:read");
  const now = new Date();
  const canManage = can(actor.role, "security:manage");
  const [findings, systems, audits, incidents] = await Promise.all([
    listFindings(actor, now),
    canManage ? listSystems(actor, now) : [],
    canManage ? listAudits(actor) : [],
    canManage ? incidentChoices(actor) : [],
  ]);
  const t = await getTranslations("securityProgramme");
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6">
      <SecurityHeader
        current="findings"
        title={t("findings.title")}
        readOnly={!canManage}
        actions={
          canManage ? (
            <AddFindingDialog
              systems={systems.map(({ id, name }) => ({ id, name }))}
              audits={audits.map(({ id, title }) => ({ id, title }))}
              incidents={incidents}
              today={today(now)}
            />
          ) : null
        }
      />
      <FindingsTable
        findings={findings}
        canManage={canManage}
        today={today(now)}
        caption={t("findings.title")}
        incidents={canManage ? incidents : undefined}
      />
    </div>
  );
}
