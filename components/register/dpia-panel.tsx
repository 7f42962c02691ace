import { formatDay } from "@/lib/time/format-day";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  CNIL_DPIA_EXEMPT_LIST,
  CNIL_DPIA_REQUIRED_LIST,
  DPIA_OUTCOME_MESSAGE_KEYS,
  DPIA_REASON_MESSAGE_KEYS,
  WP248_CRITERIA,
  type DpiaReason,
  type DpiaScreeningResult,
} from "@/lib/register/dpia/dpia";
import type { Dpia } from "@/lib/register/dpia/dpia";
import type { RetentionWarning } from "@/lib/register/completeness/retention";

function reasonLabel(reason: DpiaReason, locale: "fr" | "en"): string | null {
  if (reason.kind === "wp248_criterion")
    return WP248_CRITERIA.find((c) => c.key === reason.criterion)?.label[locale] ?? reason.criterion;
  if (reason.kind === "cnil_required_type")
    return CNIL_DPIA_REQUIRED_LIST.items.find((c) => c.key === reason.type)?.label[locale] ?? reason.type;
  if (reason.kind === "cnil_exempt_type")
    return CNIL_DPIA_EXEMPT_LIST.items.find((c) => c.key === reason.type)?.label[locale] ?? reason.type;
  if (reason.kind === "dpo_override") return reason.reason;
  return null;
}

/** The DPIA screening result with its reasons, the assessment's state, and retention warnings. */
export async function DpiaPanel({
  screening,
  dpia,
  warnings,
}: {
  screening: DpiaScreeningResult;
  dpia: Dpia;
  warnings: RetentionWarning[];
}) {
  const t = await getTranslations();
  const locale = (await getLocale()) as "fr" | "en";
  return (
    <Card role="region" aria-labelledby="dpia-title">
      <CardHeader>
        <CardTitle>
          <h2 id="dpia-title" className="text-lg font-semibold">
            {t("register.detail.dpiaScreening")}
          </h2>
        </CardTitle>
        <CardDescription>
          {t(DPIA_OUTCOME_MESSAGE_KEYS[screening.outcome])} · {t(`register.dpiaStatuses.${dpia.status}`)}
          {[
            dpia.documentReference,
            dpia.completedOn ? formatDay(dpia.completedOn, locale) : null,
            dpia.nextReviewOn
              ? `${t("register.form.fields.dpiaNextReview")} : ${formatDay(dpia.nextReviewOn, locale)}`
              : null,
          ]
            .filter(Boolean)
            .map((part) => ` · ${part}`)
            .join("")}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <div className="grid gap-1">
          <h3 className="font-medium">{t("register.detail.criteriaMet")}</h3>
          {screening.reasons.length === 0 ? (
            <p className="text-muted-foreground">{t("register.detail.noCriteria")}</p>
          ) : (
            <ul className="list-disc pl-5">
              {screening.reasons.map((reason, index) => (
                <li key={index}>
                  {t(DPIA_REASON_MESSAGE_KEYS[reason.kind])}
                  {reasonLabel(reason, locale) ? ` : ${reasonLabel(reason, locale)}` : ""}
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="grid gap-1">
          <h3 className="font-medium">{t("register.detail.retentionWarnings")}</h3>
          {warnings.length === 0 ? (
            <p className="text-muted-foreground">{t("register.detail.noRetentionWarning")}</p>
          ) : (
            <ul className="grid gap-1">
              {warnings.map((warning) => (
                <li key={warning.index} className={warning.isJustified ? "" : "font-medium text-destructive"}>
                  {t(warning.messageKey, warning.params)}
                </li>
              ))}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
