"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Countdown } from "@/components/incidents/countdown";
import { ScopeToConfirmItem } from "@/components/incidents/scope-to-confirm-item";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { incidentOverviewQueryOptions } from "@/lib/incidents/query-options";
import type { IncidentOverviewDTO } from "@/lib/incidents/summary";

const TITLE_ID = "incident-deadlines-title";
const SCOPE_ID = "incident-scope-to-confirm-title";

/**
 * How many incidents are open and overdue, the nearest deadlines with live countdowns, and the incidents whose
 * scope is still to confirm (their obligations apply provisionally); refreshed every minute.
 */
export function IncidentDeadlinesCard({ initial }: { initial: IncidentOverviewDTO }) {
  const t = useTranslations("incidents");
  const tScope = useTranslations("incidents.scopeToConfirm");
  const { data = initial } = useQuery({ ...incidentOverviewQueryOptions(), initialData: initial });
  const rows = data.nearest;
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
            <Link href="/incidents" prefetch={false}>
              {t("overview.all")}
            </Link>
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-3">
        {data.open > 0 ? (
          <p className="text-sm" data-testid="incident-counts">
            {t("overview.counts", { open: data.open, overdue: data.overdue })}
          </p>
        ) : null}
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("overview.empty")}</p>
        ) : (
          <ul className="grid gap-3">
            {rows.map((row) => (
              <li key={row.id} className="grid gap-1 text-sm" data-testid="incident-deadline">
                <Link
                  href={`/incidents/${row.reference}`}
                  prefetch={false}
                  className="font-medium underline underline-offset-2"
                >
                  <span className="font-mono">{row.reference}</span> — {row.title}
                </Link>
                <span className="flex flex-wrap items-center gap-2">
                  <span>{t(`obligations.${row.next!.obligation}`)}</span>
                  <Countdown dueAt={row.next!.dueAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
        {data.toConfirm.length > 0 ? (
          <section aria-labelledby={SCOPE_ID} className="grid gap-1 rounded-md border border-amber-500/60 p-3 text-sm">
            <h3 id={SCOPE_ID} className="font-semibold">
              {tScope("title")} ({data.toConfirmCount})
            </h3>
            <ul className="grid gap-1">
              {data.toConfirm.map((row) => (
                <ScopeToConfirmItem
                  key={row.id}
                  incident={row}
                  unknownFacts={row.toConfirm.map((field) => tScope(`fields.${field}`))}
                />
              ))}
            </ul>
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
