"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { SeverityBand } from "@/lib/incidents/severity";
import type { IncidentStatus } from "@/lib/incidents/status";
import { cn } from "@/lib/utils";

export function StatusBadge({ status }: { status: IncidentStatus }) {
  const t = useTranslations("incidents.incidentStatus");
  return <Badge variant={status === "closed" ? "secondary" : "outline"}>{t(status)}</Badge>;
}

const BAND_TONE: Record<SeverityBand, string> = {
  low: "border-slate-400 text-slate-900 dark:border-slate-500 dark:text-slate-100",
  medium: "border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100",
  high: "border-orange-600 bg-orange-50 text-orange-950 dark:border-orange-500 dark:bg-orange-950 dark:text-orange-100",
  very_high: "border-red-600 bg-red-50 text-red-950 dark:border-red-500 dark:bg-red-950 dark:text-red-100",
};

export function BandBadge({ band }: { band: SeverityBand | null }) {
  const t = useTranslations("incidents");
  if (!band) return <span className="text-sm text-muted-foreground">{t("severity.notAssessed")}</span>;
  return (
    <Badge variant="outline" className={cn(BAND_TONE[band])}>
      {t(`severity.band.${band}`)}
    </Badge>
  );
}
