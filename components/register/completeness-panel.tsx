import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CompletenessAssessment } from "@/lib/register/completeness/completeness";
import { formatPath } from "@/lib/register/entry/paths";
import { legalReferenceIn } from "@/lib/i18n/legal-reference";
import { toLocale } from "@/lib/i18n/locale";

/** The entry's score and exactly what it lacks, with the provision that asks for each item. */
export async function CompletenessPanel({ assessment }: { assessment: CompletenessAssessment }) {
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  return (
    <Card role="region" aria-labelledby="completeness-title">
      <CardHeader>
        <CardTitle>
          <h2 id="completeness-title" className="text-lg font-semibold">
            {t("register.detail.completeness", { score: assessment.score })}
          </h2>
        </CardTitle>
        <CardDescription>{t("register.detail.missing")}</CardDescription>
      </CardHeader>
      <CardContent>
        {assessment.missing.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("register.detail.nothingMissing")}</p>
        ) : (
          <ul className="grid gap-2 text-sm">
            {assessment.missing.map((item, index) => (
              <li key={`${item.key}-${index}`} className="grid gap-0.5 border-l-2 pl-3" data-blocking={item.isBlocking}>
                <span>
                  {t(item.key, localizedParams(item.params, locale))}{" "}
                  {item.isBlocking ? <Badge variant="warning">{t("register.detail.blocking")}</Badge> : null}
                  {item.level === "major" ? (
                    <Badge variant="destructive">{t("register.completeness.levels.major")}</Badge>
                  ) : null}
                </span>
                <span className="text-muted-foreground">
                  {t(`register.completeness.sections.${item.section}`)} · {legalReferenceIn(item.article, locale)}
                  {item.path.length ? ` · ${formatPath(item.path)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

/** A ceiling's legal reference inside a message, in the reader's language. */
function localizedParams(params: Readonly<Record<string, string | number>> | undefined, locale: "fr" | "en") {
  if (!params) return {};
  const reference = params.legalReference;
  return typeof reference === "string" ? { ...params, legalReference: legalReferenceIn(reference, locale) } : params;
}
