import { getTranslations } from "next-intl/server";
import type { IncidentSummaryDTO } from "@/lib/incidents/summary";
import { ScopeToConfirmItem } from "./scope-to-confirm-item";

/** Open incidents whose scope is still unknown: their obligations apply provisionally (issue 14). */
export async function ScopeToConfirm({ incidents }: { incidents: readonly IncidentSummaryDTO[] }) {
  if (incidents.length === 0) return null;
  const t = await getTranslations("incidents.scopeToConfirm");
  return (
    <section aria-labelledby="scope-to-confirm" className="grid gap-2 rounded-md border border-amber-500/60 p-4">
      <h2 id="scope-to-confirm" className="font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-prose text-sm text-muted-foreground">{t("description")}</p>
      <ul className="grid gap-1 text-sm">
        {incidents.map((incident) => (
          <ScopeToConfirmItem
            key={incident.id}
            incident={incident}
            unknownFacts={incident.toConfirm.map((f) => t(`fields.${f}`))}
          />
        ))}
      </ul>
    </section>
  );
}
