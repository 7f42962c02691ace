"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { EntityRef } from "@/components/audit/entity-ref";
import { actionLabel, entityTypeLabel } from "@/components/audit/labels";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { recentActivityQueryOptions, type RecentEntryDTO } from "@/lib/audit/query-options";
import { toLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";

const TITLE_ID = "recent-activity-title";

/**
 * The latest audit entries, refreshed every 30 s. Hydrated from the server's
 * prefetch, so the first paint already has data. Audit readers see the whole
 * log (and a link to it); everyone else sees their own actions.
 */
export function RecentActivityCard({ viewerId, canReadLog }: { viewerId: string; canReadLog: boolean }) {
  const t = useTranslations();
  const { data, isError } = useQuery(recentActivityQueryOptions(viewerId));

  return (
    <Card role="region" aria-labelledby={TITLE_ID}>
      <CardHeader>
        <CardTitle>
          <h2 id={TITLE_ID} className="text-lg font-semibold">
            {canReadLog ? t("overview.recentActivity") : t("overview.recentActivityOwn")}
          </h2>
        </CardTitle>
        <CardDescription>
          {canReadLog ? t("overview.recentActivityDescription") : t("audit.recent.ownDescription")}
        </CardDescription>
        {canReadLog ? (
          <CardAction>
            <Button asChild variant="outline" size="sm">
              <Link href="/audit-log">{t("overview.seeAll")}</Link>
            </Button>
          </CardAction>
        ) : null}
      </CardHeader>
      <CardContent>
        {data ? (
          data.entries.length > 0 ? (
            <ol className="divide-y">
              {data.entries.map((entry) => (
                <RecentActivityItem key={entry.seq} entry={entry} now={new Date(data.fetchedAt)} />
              ))}
            </ol>
          ) : (
            <p className="text-sm text-muted-foreground">{t("overview.noActivity")}</p>
          )
        ) : isError ? (
          <Alert variant="destructive">
            <AlertDescription>{t("audit.recent.loadError")}</AlertDescription>
          </Alert>
        ) : (
          <div className="grid gap-3" aria-busy="true">
            <span className="sr-only">{t("audit.recent.loading")}</span>
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-10 w-full" />
            ))}
          </div>
        )}
      </CardContent>
    </Card>
  );
}

function RecentActivityItem({ entry, now }: { entry: RecentEntryDTO; now: Date }) {
  const t = useTranslations("audit");
  const format = useFormatter();
  const locale = toLocale(useLocale());
  const at = new Date(entry.occurredAt);
  return (
    <li className="grid gap-1 py-3 first:pt-0 last:pb-0">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <span className="font-medium">{actionLabel(t, entry.action)}</span>
        <time dateTime={entry.occurredAt} className="text-xs text-muted-foreground">
          {format.relativeTime(at, now)}
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {formatDateTime(at, locale)}
        </time>
      </div>
      <p className="flex flex-wrap items-baseline gap-x-1.5 text-sm text-muted-foreground">
        <span className="wrap-anywhere">{t("recent.by", { actor: entry.actorLabel })}</span>
        <span aria-hidden="true">·</span>
        <EntityRef
          entityType={entry.entityType}
          typeLabel={entityTypeLabel(t, entry.entityType)}
          id={entry.entityId}
          name={entry.entityName}
        />
      </p>
    </li>
  );
}
