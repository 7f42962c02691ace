import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { SecurityOverviewDTO } from "@/lib/security-programme/dto";
import { SEVERITIES } from "@/lib/security-programme/vocabulary";
import { auditDueText } from "./describe";
import { labelOf } from "./labels";

/** Coverage of the systems holding personal data, open findings by severity, audits due: the area's summary. */
export async function OverviewPanels({ overview }: { overview: SecurityOverviewDTO }) {
  const t = await getTranslations("securityProgramme");
  const label = labelOf(t);
  const locale = await getLocale();
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("overview.coverage")}</h2>
          </CardTitle>
          <p className="text-sm text-muted-foreground">
            {t("overview.coverageDescription", { count: overview.coverage.holdingPersonalData })}
          </p>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-3 gap-2 text-center" data-testid="coverage-counts">
            {(["covered", "partial", "missing"] as const).map((level) => (
              <div key={level} className="rounded-md border p-2">
                <dt className="text-xs text-muted-foreground">{label(`level.${level}`)}</dt>
                <dd className="text-2xl font-semibold">{overview.coverage[level]}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("overview.openFindings")}</h2>
          </CardTitle>
          <p className="text-sm text-muted-foreground">
            {t("overview.overdueCount", { count: overview.overdueCount })}
          </p>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-4 gap-2 text-center">
            {SEVERITIES.map((severity) => (
              <div key={severity} className="rounded-md border p-2">
                <dt className="text-xs text-muted-foreground">{label(`severity.${severity}`)}</dt>
                <dd className="text-2xl font-semibold">{overview.openBySeverity[severity]}</dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("overview.auditsDue")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          {overview.auditsDue.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("overview.noAuditsDue")}</p>
          ) : (
            <ul className="grid gap-2 text-sm">
              {overview.auditsDue.map((item) => (
                <li key={item.systemId}>
                  <Link
                    href={`/security/systems/${item.systemId}`}
                    className="font-medium underline underline-offset-4"
                  >
                    {item.name}
                  </Link>{" "}
                  <span className="text-muted-foreground">({label(`criticality.${item.criticality}`)})</span>
                  <div className="text-destructive">{auditDueText(item.due, label, locale)}</div>
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
