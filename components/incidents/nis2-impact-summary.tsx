import { getLocale, getTranslations } from "next-intl/server";
import { assessNis2Impact, type Nis2ImpactInput } from "@/lib/incidents/nis2-impact";

/** The incident's NIS2 severity as assessed (Art. 23(3)): level, criteria met, what is still unknown. */
export async function Nis2ImpactSummary({ impact }: { impact: Nis2ImpactInput | null }) {
  const t = await getTranslations("incidents.nis2Impact");
  const locale = await getLocale();
  if (!impact) return <p className="text-sm">{t("notAssessed")}</p>;
  const result = assessNis2Impact(impact);
  const n = (value: number | null, unit = "") =>
    value === null ? t("notKnown") : `${value.toLocaleString(locale)}${unit}`;
  const share =
    result.shareAffected === null
      ? ""
      : ` (${(result.shareAffected * 100).toLocaleString(locale, { maximumFractionDigits: 1 })} %)`;
  const rows: [string, string][] = [
    [t("assessment"), t(`level.${result.level}`)],
    [t("criteriaMet"), result.criteria.map((c) => t(`criteria.${c}`)).join(" ; ") || "—"],
    [t("missingFacts"), result.missing.map((m) => t(`fields.${m}`)).join(", ") || "—"],
    [t("fields.usersAffected"), `${n(impact.usersAffected)}${share}`],
    [
      t("fields.durationMinutes"),
      `${n(impact.durationMinutes)}${impact.completeOutage ? ` — ${t("fields.completeOutage")}` : ""}`,
    ],
    [
      t("fields.geographicSpread"),
      `${impact.geographicSpread ? t(`spread.${impact.geographicSpread}`) : t("notKnown")}${impact.memberStates.length ? ` (${impact.memberStates.join(", ")})` : ""}`,
    ],
    [t("fields.financialLossEur"), n(impact.financialLossEur, " €")],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-[14rem_1fr]" data-testid="nis2-impact-summary">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-muted-foreground">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
