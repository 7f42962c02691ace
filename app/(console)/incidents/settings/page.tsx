import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/incidents/settings-form";
import { requirePermission } from "@/lib/auth/session";
import { incidentSettings } from "@/lib/incidents/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents.settings");
  return { title: t("title") };
}

export default async function IncidentSettingsPage() {
  const actor = await requirePermission("settings:manage");
  const settings = await incidentSettings(actor);
  const t = await getTranslations("incidents");
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-6">
      <div className="grid gap-1">
        <Link href="/incidents" className="text-sm underline underline-offset-2">
          {t("detail.back")}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{t("settings.title")}</h1>
        <p className="max-w-prose text-sm text-muted-foreground">{t("settings.description")}</p>
      </div>
      <SettingsForm
        current={{
          nis2Enabled: settings.nis2Enabled,
          incidentTargetHours: settings.incidentTargetHours,
          severitySuggestions: settings.severitySuggestions,
        }}
      />
    </div>
  );
}
