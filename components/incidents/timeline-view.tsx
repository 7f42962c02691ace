"use client";

import { Clock, Flag } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { formatLocal } from "@/lib/incidents/clocks/local-time";
import { toLocale } from "@/lib/i18n/locale";
import type { TimelineItem } from "@/lib/incidents/timeline";
import { cn } from "@/lib/utils";

/** The incident's timeline: recorded facts, deadlines as markers and a "now" line. */
export function TimelineView({ items }: { items: TimelineItem[] }) {
  const t = useTranslations("incidents");
  const locale = toLocale(useLocale());
  return (
    <ol className="relative ml-3 grid gap-4 border-l-2 border-border pl-6" aria-label={t("detail.timeline")}>
      {items.map((item) => {
        if (item.type === "now") {
          return (
            <li key="now" className="relative" data-testid="timeline-now">
              <span aria-hidden className="absolute top-2 -left-[1.95rem] h-0.5 w-[calc(100%+2rem)] bg-blue-700" />
              <span className="relative rounded bg-blue-700 px-2 py-0.5 text-xs font-semibold text-white">
                {t("timeline.now", { at: formatLocal(item.at, locale) })}
              </span>
            </li>
          );
        }
        if (item.type === "deadline") {
          const met = item.clock.status === "met" || item.clock.status === "late";
          return (
            <li key={`deadline-${item.clock.id}`} className="relative text-sm">
              <Flag
                aria-hidden
                className={cn(
                  "absolute top-0.5 -left-[2.1rem] size-4",
                  item.clock.status === "overdue"
                    ? "text-red-700 dark:text-red-400"
                    : met
                      ? "text-emerald-700 dark:text-emerald-400"
                      : "text-amber-700 dark:text-amber-400",
                )}
              />
              <span className="font-medium">
                {t("timeline.deadline", { obligation: t(`obligations.${item.clock.id}`) })}
              </span>
              <span className="text-muted-foreground">
                {" "}
                — {formatLocal(item.at, locale)} · {t(`status.${item.clock.status}`)}
              </span>
            </li>
          );
        }
        const { entry } = item;
        const obligation = typeof entry.data?.obligation === "string" ? entry.data.obligation : null;
        return (
          <li key={entry.id} className="relative text-sm" data-testid="timeline-entry">
            <Clock aria-hidden className="absolute top-0.5 -left-[2.1rem] size-4 bg-background text-muted-foreground" />
            <div>
              <span className="font-medium">{t(`timeline.kinds.${entry.kind}`)}</span>
              {obligation ? <span> — {t(`obligations.${obligation}`)}</span> : null}
              <span className="text-muted-foreground"> — {formatLocal(entry.at, locale)}</span>
            </div>
            {entry.kind === "notification" && typeof entry.data?.reference === "string" ? (
              <div>{t("timeline.authorityReference", { reference: entry.data.reference })}</div>
            ) : null}
            {entry.text && entry.kind !== "notification" ? (
              <p className="whitespace-pre-line text-muted-foreground">{entry.text}</p>
            ) : null}
            <div className="text-xs text-muted-foreground">
              {t("timeline.recorded", { by: entry.recordedBy, at: formatLocal(entry.recordedAt, locale) })}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
