import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { SecurityOverviewDTO } from "@/lib/security-programme/dto";
import { labelOf } from "./labels";

/** The security programme's card on the console overview (the security director's and the DPO's). */
export async function SecurityProgrammeCard({ overview }: { overview: SecurityOverviewDTO }) {
  const t = await getTranslations("securityProgramme");
  const label = labelOf(t);
  const overdue = overview.openFindings.filter((f) => f.overdueDays > 0).slice(0, 3);
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("overview.cardTitle")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p>
          {t("overview.coverageDescription", { count: overview.coverage.holdingPersonalData })} —{" "}
          {(["covered", "partial", "missing"] as const)
            .map((level) => `${label(`level.${level}`)} ${overview.coverage[level]}`)
            .join(" · ")}
        </p>
        <p>
          {t("overview.openFindings")} : {overview.openFindings.length} (
          {t("overview.overdueCount", { count: overview.overdueCount })})
        </p>
        {overdue.length ? (
          <ul className="grid gap-1">
            {overdue.map((f) => (
              <li key={f.id}>
                <span className="font-medium">{f.title}</span>{" "}
                <span className="text-destructive">{t("findings.overdue", { days: f.overdueDays })}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <p>
          {t("overview.auditsDue")} : {overview.auditsDue.length}
        </p>
        <Link href="/security" className="font-medium underline underline-offset-4">
          {t("overview.seeAll")}
        </Link>
      </CardContent>
    </Card>
  );
}
