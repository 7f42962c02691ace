import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { IncidentRow } from "@/lib/incidents/clocks/facts";
import { formatLocal } from "@/lib/incidents/clocks/local-time";
import { getDataCategory, type DataCategoryKey } from "@/lib/register/catalogue/catalogue";
import type { RegisterEntryLinkDTO } from "@/lib/register/lookup";

/** Each register entry affected, as a link to the entry (a reference no longer found stays plain text). */
function RegisterLinks({
  references,
  entries,
  retired,
}: {
  references: readonly string[];
  entries: readonly RegisterEntryLinkDTO[];
  retired: string;
}) {
  if (references.length === 0) return "—";
  const byReference = new Map(entries.map((entry) => [entry.reference, entry]));
  return (
    <ul className="grid gap-1">
      {references.map((reference) => {
        const entry = byReference.get(reference);
        return (
          <li key={reference}>
            {entry ? (
              <Link
                href={`/register/${reference}`}
                prefetch={false}
                className="underline underline-offset-2"
              >{`${reference} — ${entry.name}`}</Link>
            ) : (
              reference
            )}
            {entry?.status === "retired" ? ` (${retired})` : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The incident's facts as a description list. */
export async function FactsCard({
  incident,
  registerEntries,
}: {
  incident: IncidentRow;
  registerEntries: readonly RegisterEntryLinkDTO[];
}) {
  const t = await getTranslations("incidents");
  const locale = (await getLocale()) as "fr" | "en";
  const at = (d: Date | null) => (d ? `${formatLocal(d, locale)} (${t("detail.paris")})` : t("detail.notRecorded"));
  const yes = (v: boolean) => (v ? t("detail.yes") : t("detail.no"));
  const rows: [string, ReactNode][] = [
    [t("form.description"), incident.description || "—"],
    [
      t("form.occurredFrom"),
      `${at(incident.occurredFrom)}${incident.occurredTo ? ` → ${at(incident.occurredTo)}` : ""}${incident.occurrenceEstimated ? ` ${t("detail.estimated")}` : ""}`,
    ],
    [t("form.detectedAt"), at(incident.detectedAt)],
    [t("form.awareAt"), at(incident.awareAt)],
    [t("form.awarenessReason"), incident.awarenessReason || "—"],
    [t("form.nis2AwareAt"), incident.nis2AwareAt ? at(incident.nis2AwareAt) : t("detail.nis2FromDetection")],
    [t("form.nis2AwarenessReason"), incident.nis2AwarenessReason || "—"],
    [t("detail.containedAt"), at(incident.containedAt)],
    [t("form.categories"), incident.categories.map((c) => t(`categories.${c}`)).join(", ") || "—"],
    [t("form.cause"), incident.cause ? t(`causes.${incident.cause}`) : "—"],
    [t("form.systems"), incident.systems.join(", ") || "—"],
    [
      t("form.registerRefs"),
      <RegisterLinks
        key="register"
        references={incident.registerRefs}
        entries={registerEntries}
        retired={t("form.registerRetired")}
      />,
    ],
    [
      t("form.dataCategories"),
      incident.dataCategories.map((k) => getDataCategory(k as DataCategoryKey).label[locale]).join(", ") || "—",
    ],
    [t("form.dataSubjectCategories"), incident.dataSubjectCategories.join(", ") || "—"],
    [t("form.peopleCount"), incident.peopleCount?.toLocaleString(locale) ?? "—"],
    [t("form.crossBorder"), incident.crossBorder ?? t("detail.notRecorded")],
    [t("form.recordsCount"), incident.recordsCount?.toLocaleString(locale) ?? "—"],
    [t("form.personalData"), incident.personalData === null ? t("form.toConfirm") : yes(incident.personalData)],
    [t("form.telecomService"), incident.telecomService === null ? t("form.toConfirm") : yes(incident.telecomService)],

    [t("form.nis2Significant"), yes(incident.nis2Significant)],
    [
      t("form.dataUnintelligible"),
      `${yes(incident.dataUnintelligible)}${incident.unintelligibleEvidence ? ` — ${incident.unintelligibleEvidence}` : ""}`,
    ],
    [
      t("form.publicCommunication"),
      incident.publicCommunicationPublishedAt && incident.publicCommunicationPublishedIn
        ? t("detail.publicCommunicationAt", {
            where: incident.publicCommunicationPublishedIn,
            at: at(incident.publicCommunicationPublishedAt),
          })
        : t("detail.publicCommunicationNone"),
    ],
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
