import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { IncidentSummaryDTO } from "@/lib/incidents/summary";

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
          <li key={incident.id}>
            <Link href={`/incidents/${incident.reference}`} className="underline underline-offset-2">
              {`${incident.reference} — ${incident.title}`}
            </Link>{" "}
            <span className="text-muted-foreground">
              ({incident.toConfirm.map((f) => t(`fields.${f}`)).join(", ")})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
