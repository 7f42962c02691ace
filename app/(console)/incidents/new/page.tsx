import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IncidentForm } from "@/components/incidents/incident-form";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents.form");
  return { title: t("title") };
}

export default async function NewIncidentPage() {
  await requirePermission("incidents:write");
  const t = await getTranslations("incidents.form");
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="max-w-prose text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      <IncidentForm />
    </div>
  );
}
