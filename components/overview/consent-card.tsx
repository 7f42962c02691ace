"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { ConsentOverviewDTO } from "@/lib/consent/dashboard/types";
import { consentOverviewQueryOptions } from "@/lib/consent/query-options";

const TITLE_ID = "consent-overview-title";

/** A tiny trend line; its figures are given in words beside it. */
function Sparkline({ values }: { values: number[] }) {
  if (values.length < 2) return null;
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const span = max - min || 1;
  const points = values.map((v, i) => `${(i / (values.length - 1)) * 100},${28 - ((v - min) / span) * 26}`).join(" ");
  return (
    <svg viewBox="0 0 100 30" className="h-7 w-24 shrink-0" aria-hidden="true" preserveAspectRatio="none">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="2" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

type OverviewPurpose = ConsentOverviewDTO["purposes"][number];

/** One purpose: its label, a labelled 12-week sparkline and its headline rate (consenting or objecting). */
function PurposeRow({ purpose: p, locale }: { purpose: OverviewPurpose; locale: string }) {
  const t = useTranslations("consent");
  const format = useFormatter();
  const plotted = t(`overview.plotted.${p.kind}`);
  return (
    <li className="flex items-center justify-between gap-3 py-2 text-sm">
      <span className="min-w-0 flex-1">
        {locale === "en" ? p.labelEn : p.labelFr}
        {p.inactiveRegisterRefs.length > 0 ? (
          <span className="block text-xs text-destructive" data-testid="inactive-register-entry">
            {t("overview.inactiveRegisterEntry", { references: p.inactiveRegisterRefs.join(", ") })}
          </span>
        ) : null}
      </span>
      <span className="grid justify-items-end text-primary" title={plotted}>
        <Sparkline values={p.sparkline} />
        <span className="text-[10px] leading-none text-muted-foreground" aria-hidden="true">
          {plotted}
        </span>
      </span>
      <span className="sr-only">
        {t(`overview.sparkline.${p.kind}`, {
          first: format.number(p.sparkline[0] ?? 0),
          last: format.number(p.sparkline.at(-1) ?? 0),
        })}
      </span>
      <span className="w-20 text-right font-medium tabular-nums">
        {p.rate === null ? "—" : format.number(p.rate / 100, { style: "percent", maximumFractionDigits: 1 })}
        <span className="block text-xs font-normal text-muted-foreground">
          {t(`overview.measure.${p.measure}`, { count: p.count, formatted: format.number(p.count) })}
        </span>
      </span>
    </li>
  );
}

/** Overview: consent purposes (consent rate) and objection purposes (objection rate) apart, each with a 12-week sparkline. */
export function ConsentOverviewCard() {
  const t = useTranslations("consent");
  const locale = useLocale();
  const { data, isError } = useQuery(consentOverviewQueryOptions());
  return (
    <Card role="region" aria-labelledby={TITLE_ID}>
      <CardHeader>
        <CardTitle>
          <h2 id={TITLE_ID} className="text-lg font-semibold">
            {t("overview.title")}
          </h2>
        </CardTitle>
        <CardDescription>{t("overview.description")}</CardDescription>
        <CardAction>
          <Button asChild variant="outline" size="sm">
            <Link href="/consent">{t("overview.open")}</Link>
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        {data ? (
          <div className="grid gap-4">
            {(["consent", "objection"] as const).map((kind) => {
              const purposes = data.purposes.filter((p) => p.kind === kind);
              if (purposes.length === 0) return null;
              return (
                <section
                  key={kind}
                  aria-labelledby={`consent-overview-${kind}`}
                  data-testid={`consent-overview-${kind}`}
                >
                  <h3 id={`consent-overview-${kind}`} className="flex justify-between text-sm font-medium">
                    <span>{t(`overview.groups.${kind}`)}</span>
                    <span className="text-muted-foreground">{t(`overview.rateHeading.${kind}`)}</span>
                  </h3>
                  <ul className="divide-y">
                    {purposes.map((p) => (
                      <PurposeRow key={p.key} purpose={p} locale={locale} />
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        ) : isError ? (
          <Alert variant="destructive">
            <AlertDescription>{t("loadError")}</AlertDescription>
          </Alert>
        ) : (
          <Skeleton className="h-40 w-full" />
        )}
      </CardContent>
    </Card>
  );
}
