import { getLocale, getTranslations } from "next-intl/server";
import type { IncidentRow } from "@/lib/incidents/facts";
import { formatLocal } from "@/lib/incidents/local-time";
import { getDataCategory, type DataCategoryKey } from "@/lib/register/catalogue";

/** The incident's facts as a description list. */
export async function FactsCard({ incident }: { incident: IncidentRow }) {
  const t = await getTranslations("incidents");
  const locale = (await getLocale()) as "fr" | "en";
  const at = (d: Date | null) => (d ? `${formatLocal(d)} (${t("detail.paris")})` : t("detail.notRecorded"));
  const yes = (v: boolean) => (v ? t("detail.yes") : t("detail.no"));
  const rows: [string, string][] = [
    [t("form.description"), incident.description || "—"],
    [t("form.occurredFrom"), `${at(incident.occurredFrom)}${incident.occurredTo ? ` → ${at(incident.occurredTo)}` : ""}${incident.occurrenceEstimated ? ` ${t("detail.estimated")}` : ""}`],
    [t("form.detectedAt"), at(incident.detectedAt)],
    [t("form.awareAt"), at(incident.awareAt)],
    [t("form.awarenessReason"), incident.awarenessReason || "—"],
    [t("detail.containedAt"), at(incident.containedAt)],
    [t("form.categories"), incident.categories.map((c) => t(`categories.${c}`)).join(", ") || "—"],
    [t("form.cause"), incident.cause ? t(`causes.${incident.cause}`) : "—"],
    [t("form.systems"), incident.systems.join(", ") || "—"],
    [t("form.registerRefs"), incident.registerRefs.join(", ") || "—"],
    [t("form.dataCategories"), incident.dataCategories.map((k) => getDataCategory(k as DataCategoryKey).label[locale]).join(", ") || "—"],
    [t("form.peopleCount"), incident.peopleCount?.toLocaleString(locale) ?? "—"],
    [t("form.recordsCount"), incident.recordsCount?.toLocaleString(locale) ?? "—"],
    [t("form.personalData"), yes(incident.personalData)],
    [t("form.telecomService"), yes(incident.telecomService)],
    [t("form.nis2Significant"), yes(incident.nis2Significant)],
    [t("form.dataUnintelligible"), `${yes(incident.dataUnintelligible)}${incident.unintelligibleEvidence ? ` — ${incident.unintelligibleEvidence}` : ""}`],
    [t("form.consequences"), incident.consequences || "—"],
    [t("form.remedialMeasures"), incident.remedialMeasures || "—"],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-[14rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-muted-foreground">{label}</dt>
          <dd className="whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
