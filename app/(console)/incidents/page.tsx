import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { IncidentsTable } from "@/components/incidents/incidents-table";
import { ScopeToConfirm } from "@/components/incidents/scope-to-confirm";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listIncidents } from "@/lib/incidents/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents");
  return { title: t("title") };
}

export default async function IncidentsPage() {
  const actor = await requirePermission("incidents:read");
  // The default view shows open incidents: only those are read and sent (the table fetches the rest on demand).
  const incidents = await listIncidents(actor, new Date(), undefined, "open");
  const t = await getTranslations("incidents");
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
          <p className="max-w-prose text-sm text-muted-foreground">{t("description")}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href="/incidents/breach-register">{t("breachRegister.title")}</Link>
          </Button>
          {can(actor.role, "settings:manage") ? (
            <Button asChild variant="outline">
              <Link href="/incidents/settings">{t("settings.title")}</Link>
            </Button>
          ) : null}
          {can(actor.role, "incidents:write") ? (
            <Button asChild>
              <Link href="/incidents/new">{t("open")}</Link>
            </Button>
          ) : null}
        </div>
      </div>
      <ScopeToConfirm incidents={incidents.filter((i) => i.status !== "closed" && i.toConfirm.length > 0)} />
      <IncidentsTable initial={incidents} />
    </div>
  );
}
