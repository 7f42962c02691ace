import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { SystemDTO } from "@/lib/security-programme/dto";
import { CoverageBadge, CoverageReasons } from "./badges";
import { auditDueText, sensitivityText } from "./describe";
import { formatDay, labelOf } from "./labels";

/** One system: identity, register entries (and what they make it hold), sources, tests, coverage and audit state. */
export async function SystemDetail({ system }: { system: SystemDTO }) {
  const t = await getTranslations("securityProgramme");
  const label = labelOf(t);
  const locale = await getLocale();
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("systems.coverage")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-2 text-sm">
          <div>
            <CoverageBadge level={system.coverage.level} label={label} />
          </div>
          <CoverageReasons reasons={system.coverage.reasons} label={label} locale={locale} />
          <p className="text-muted-foreground">
            {t("systems.rules", {
              rules:
                system.coverage.rules
                  .map((rule) => (t.has(`coverageRules.${rule}`) ? label(`coverageRules.${rule}`) : rule))
                  .join(", ") || "—",
            })}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="text-muted-foreground">{t("systems.owner")}</dt>
            <dd>{system.owner}</dd>
            <dt className="text-muted-foreground">{t("systems.criticality")}</dt>
            <dd>{label(`criticality.${system.criticality}`)}</dd>
            <dt className="text-muted-foreground">{t("systems.exposure")}</dt>
            <dd>{label(`exposure.${system.exposure}`)}</dd>
            <dt className="text-muted-foreground">{t("systems.hosting")}</dt>
            <dd>{label(`hosting.${system.hosting}`)}</dd>
            <dt className="text-muted-foreground">{t("systems.data")}</dt>
            <dd>{sensitivityText(system.sensitivity, label)}</dd>
            <dt className="text-muted-foreground">{t("systems.audit")}</dt>
            <dd>{auditDueText(system.auditDue, label, locale)}</dd>
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("systems.entries")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-1 text-sm">
            {system.entries.map((e) => (
              <li key={e.id}>
                <Link href={`/register/${e.reference}`} className="underline underline-offset-4">
                  {e.reference}
                </Link>{" "}
                {e.name}
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("systems.sources")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          {system.sources.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("systems.noSources")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {system.sources.map((s, index) => (
                <li key={index}>
                  {label(`sourceKind.${s.kind}`)} — {s.name}
                  {s.active ? "" : ` (${t("systems.inactive")})`}
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2>{t("systems.tests")}</h2>
          </CardTitle>
        </CardHeader>
        <CardContent>
          {system.tests.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("systems.noTests")}</p>
          ) : (
            <ul className="grid gap-1 text-sm">
              {system.tests.map((test) => (
                <li key={test.id}>
                  {formatDay(test.testedOn, locale)} — {label(`testResult.${test.result}`)}
                  {test.scenario ? ` — ${test.scenario}` : ""}
                </li>
              ))}
            </ul>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
