"use client";

import { useTranslations } from "next-intl";
import { describeTimeLeft } from "@/lib/incidents/clocks/countdown";
import { cn } from "@/lib/utils";
import { useNow } from "./use-now";

const TONE = {
  normal: "text-foreground",
  urgent:
    "bg-amber-100 text-amber-950 border border-amber-400 dark:bg-amber-950 dark:text-amber-100 dark:border-amber-600",
  overdue: "bg-red-100 text-red-950 border border-red-500 dark:bg-red-950 dark:text-red-100 dark:border-red-500",
} as const;

/** Live time left before `dueAt` (amber under 6 h, red when overdue); ticks every second. */
export function Countdown({ dueAt, className }: { dueAt: string; className?: string }) {
  const t = useTranslations("incidents.countdown");
  const now = useNow();
  if (now === null)
    return (
      <span className={cn("inline-block px-1.5 py-0.5 text-sm text-muted-foreground", className)}>{t("loading")}</span>
    );
  const { urgency, days, hours, minutes, seconds } = describeTimeLeft(new Date(dueAt).getTime() - now);
  const span = days > 0 ? t("daysHours", { days, hours, minutes }) : t("hoursMinutes", { hours, minutes, seconds });
  return (
    <span
      data-testid="countdown"
      data-urgency={urgency}
      className={cn("inline-block rounded px-1.5 py-0.5 font-mono text-sm tabular-nums", TONE[urgency], className)}
    >
      {urgency === "overdue" ? t("overdue", { span }) : t("left", { span })}
    </span>
  );
}
