import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SecurityHeader } from "@/components/security-programme/security-header";
import { SecuritySettingsForm } from "@/components/security-programme/settings-form";
import { SettingsSummary } from "@/components/security-programme/settings-summary";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getSecuritySettings } from "@/lib/security-programme/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("securityProgramme");
  return { title: t("settings.title") };
}

/** `/security/settings`: the audit interval by criticality and the finding due days by severity. */
export default async function SecuritySettingsPage() {
  const actor = await requirePermission("security:read");
  const settings = await getSecuritySettings(actor, new Date());
  const t = await getTranslations("securityProgramme");
  const canManage = can(actor.role, "security:manage");
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6">
      <SecurityHeader current="settings" title={t("settings.title")} readOnly={!canManage} />
      {canManage ? <SecuritySettingsForm current={settings} /> : <SettingsSummary settings={settings} />}
    </div>
  );
}
