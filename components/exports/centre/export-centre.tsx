"use client";

import { useState } from "react";
import type { ExportFormat, ReportKind } from "@/lib/exports/contract";
import type { ReportChoiceDTO } from "@/lib/exports/centre/query-options";
import { ExportForm } from "./export-form";
import { ExportHistory } from "./export-history";
import { ExportJobStatus } from "./export-job-status";

interface StartedJob {
  jobId: string;
  report: ReportKind;
  format: ExportFormat;
}

/** The form, the exports started from this page (newest first, each following its own job), and the history. */
export function ExportCentre({
  viewerId,
  choices,
  defaultFrom,
  today,
}: {
  viewerId: string;
  choices: ReportChoiceDTO[];
  defaultFrom: string;
  today: string;
}) {
  const [jobs, setJobs] = useState<StartedJob[]>([]);
  return (
    <div className="grid min-w-0 gap-6">
      {choices.length > 0 ? (
        <ExportForm
          choices={choices}
          defaultFrom={defaultFrom}
          today={today}
          onStarted={(job) => setJobs((list) => [job, ...list])}
        />
      ) : null}
      {jobs.length > 0 ? (
        <div className="grid max-w-3xl gap-2" aria-live="polite">
          {jobs.map((job) => (
            <ExportJobStatus key={job.jobId} {...job} />
          ))}
        </div>
      ) : null}
      <ExportHistory viewerId={viewerId} />
    </div>
  );
}
