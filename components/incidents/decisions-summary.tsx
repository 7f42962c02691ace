import { getTranslations } from "next-intl/server";
import type { IncidentDetail } from "@/lib/incidents/queries";
import { BandBadge } from "./labels";

/** The severity, the suggestion and the DPO's recorded decisions and overrides, read-only. */
export async function DecisionsSummary({ detail }: { detail: IncidentDetail }) {
  const t = await getTranslations("incidents");
  const { incident, severity } = detail;
  const decided = (v: boolean | null) =>
    v === null ? t("decision.notDecided") : v ? t("decision.yes") : t("decision.no");
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-[14rem_1fr]">
      <dt className="font-medium text-muted-foreground">{t("severity.score")}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        {severity ? <span className="font-mono">SE = {severity.formula}</span> : null}
        <BandBadge band={severity?.band ?? null} />
      </dd>
      <dt className="font-medium text-muted-foreground">{t("severity.suggested")}</dt>
      <dd>{severity ? t(`severity.suggestion.${severity.suggestion}`) : "—"}</dd>
      <dt className="font-medium text-muted-foreground">{t("severity.riskLevel")}</dt>
      <dd>{incident.riskLevel ? t(`severity.risk.${incident.riskLevel}`) : t("severity.notAssessed")}</dd>
      <dt className="font-medium text-muted-foreground">{t("decision.notifyAuthority")}</dt>
      <dd>
        {decided(incident.notifyAuthority)}
        {incident.notifyAuthorityRationale ? ` — ${incident.notifyAuthorityRationale}` : ""}
      </dd>
      <dt className="font-medium text-muted-foreground">{t("decision.informPeople")}</dt>
      <dd>
        {decided(incident.informPeople)}
        {incident.informPeopleRationale ? ` — ${incident.informPeopleRationale}` : ""}
      </dd>
      <dt className="font-medium text-muted-foreground">{t("decision.art34Exception")}</dt>
      <dd>{incident.art34Exception ? t(`decision.exceptions.${incident.art34Exception}`) : t("decision.none")}</dd>
      <dt className="font-medium text-muted-foreground">{t("override.title")}</dt>
      <dd>
        {incident.overrides.length === 0
          ? t("decision.none")
          : incident.overrides.map((o) => (
              <div key={o.obligation}>
                {t(`obligations.${o.obligation}`)}: {o.applies ? t("override.appliesYes") : t("override.appliesNo")} —{" "}
                {o.reason}
              </div>
            ))}
      </dd>
    </dl>
  );
}
