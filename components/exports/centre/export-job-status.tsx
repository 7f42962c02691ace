"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, CircleCheck } from "lucide-react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ExportFormat, ReportKind } from "@/lib/exports/contract";
import { formatSize } from "@/lib/exports/centre/format-size";
import { progressFraction } from "@/lib/exports/centre/job-status";
import { exportJobQueryOptions, exportKeys } from "@/lib/exports/centre/query-options";

interface Props {
  jobId: string;
  report: ReportKind;
  format: ExportFormat;
}

/** One export being generated: polled every second until its file is complete or it failed. */
export function ExportJobStatus({ jobId, report, format }: Props) {
  const t = useTranslations("exportCentre");
  const formatter = useFormatter();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const { data: job, isError } = useQuery(exportJobQueryOptions(jobId));
  const status = job?.status ?? "running";

  // A finished job changes the history: fetch it again.
  useEffect(() => {
    if (status !== "running") void queryClient.invalidateQueries({ queryKey: [...exportKeys.all, "history"] });
  }, [status, queryClient]);

  const reportName = t(`reports.${report}`);
  if (isError || (job && job.status === "failed")) {
    const reason = job?.failure ?? "interrupted";
    return (
      <Alert variant="destructive">
        <CircleAlert aria-hidden />
        <AlertDescription>{t("job.failed", { report: reportName, reason: t(`failures.${reason}`) })}</AlertDescription>
      </Alert>
    );
  }
  if (job?.status === "succeeded" && job.exportId) {
    return (
      <Alert>
        <CircleCheck aria-hidden />
        <AlertDescription className="flex flex-wrap items-center gap-3">
          {t("job.succeeded", { report: reportName })}
          <Button asChild size="sm" variant="outline">
            <a href={`/api/exports/${job.exportId}/file`} download>
              {t("job.download")}
            </a>
          </Button>
        </AlertDescription>
      </Alert>
    );
  }
  const fraction = job ? progressFraction(job) : null;
  return (
    <div className="grid gap-2 rounded-lg border p-3" aria-busy="true">
      <p className="text-sm">{t("job.running", { report: reportName, format: t(`formats.${format}`) })}</p>
      <progress
        className="h-2 w-full max-w-md accent-primary"
        aria-label={t("job.progressLabel")}
        max={1}
        value={fraction ?? undefined}
      />
      <p className="text-xs text-muted-foreground">
        {job && job.total !== null
          ? t("job.progressRows", { done: formatter.number(job.done), total: formatter.number(job.total) })
          : t("job.progressBytes", { size: formatSize(job?.bytes ?? 0, locale) })}
      </p>
    </div>
  );
}
