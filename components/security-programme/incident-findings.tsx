import { getTranslations } from "next-intl/server";
import type { FindingDTO } from "@/lib/security-programme/dto";
import { LinkIncidentDialog } from "./finding-link-form";
import { FindingsTable } from "./findings-table";

/**
 * On an incident's page: the findings it revealed or exploited (offered to the incidents pages), and,
 * for whoever runs the security programme, a way to link one more (`linkable`: the findings to choose from).
 */
export async function IncidentFindings({
  findings,
  today,
  incident,
  linkable,
}: {
  findings: FindingDTO[];
  today: string;
  incident: { id: string; reference: string; title: string };
  linkable?: { id: string; title: string }[];
}) {
  const t = await getTranslations("securityProgramme");
  return (
    <section aria-labelledby="incident-findings" className="grid gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="incident-findings" className="text-lg font-semibold">
          {t("findings.incidentTitle")}
        </h2>
        {linkable ? (
          <LinkIncidentDialog
            incidentId={incident.id}
            title={`${incident.reference} — ${incident.title}`}
            findings={linkable.filter((f) => !findings.some((linked) => linked.id === f.id))}
          />
        ) : null}
      </div>
      {findings.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("findings.incidentEmpty")}</p>
      ) : (
        <FindingsTable findings={findings} canManage={false} today={today} caption={t("findings.incidentTitle")} />
      )}
    </section>
  );
}
