import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SecurityHeader } from "@/components/security-programme/security-header";
import { AddSystemDialog } from "@/components/security-programme/system-form";
import { SystemsTable } from "@/components/security-programme/systems-table";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listSystems, registerEntryChoices } from "@/lib/security-programme/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("securityProgramme");
  return { title: t("systems.title") };
}

export default async function SecuritySystemsPage() {
  const actor = await requirePermission("security:read");
  const canManage = can(actor.role, "security:manage");
  const [systems, entries] = await Promise.all([
    listSystems(actor, new Date()),
    canManage ? registerEntryChoices(actor) : [],
  ]);
  const t = await getTranslations("securityProgramme");
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6">
      <SecurityHeader
        current="systems"
        title={t("systems.title")}
        readOnly={!canManage}
        actions={canManage ? <AddSystemDialog entries={entries} /> : null}
      />
      <SystemsTable systems={systems} />
    </div>
  );
}
