import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { IncidentForm } from "@/components/incidents/incident-form";
import { requirePermission } from "@/lib/auth/session";
import { toFactsFormValues } from "@/lib/incidents/form/values";
import { getIncident } from "@/lib/incidents/queries";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("incidents.form");
  return { title: t("editTitle", { reference: (await params).reference }) };
}

export default async function EditIncidentPage({ params }: Props) {
  const actor = await requirePermission("incidents:write");
  const { reference } = await params;
  const detail = await getIncident(actor, reference, new Date());
  if (!detail) notFound();
  const t = await getTranslations("incidents");
  const { incident } = detail;
  return (
    <div className="mx-auto grid w-full max-w-5xl gap-6">
      <div className="grid gap-1">
        <Link href={`/incidents/${reference}`} className="text-sm underline underline-offset-2">
          {t("detail.backTo", { reference })}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{t("form.editTitle", { reference })}</h1>
      </div>
      <IncidentForm
        existing={{
          id: incident.id,
          version: incident.version,
          reference,
          values: toFactsFormValues(incident, detail.settings.timeZone),
        }}
      />
    </div>
  );
}
