import { and, count, eq, gt, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { consentState, exportJobs, incidents, organisation, processingActivities } from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import type { Permission } from "@/lib/auth/permissions";
import { DEFAULT_TIME_ZONE, isoDateInZone } from "@/lib/time/zone-days";
import type { ExportScope, ReportKind } from "../contract";
import { rendererFor } from "../registry";
import { incidentReports } from "./access";
import { STALE_AFTER_MS } from "./job-status";
import { exportRequestSchema, futureDateErrors, normaliseScope } from "./scope";

/** One person may have this many exports generating at once (each holds a file open and reads a lot). */
export const MAX_RUNNING_JOBS_PER_PERSON = 3;
const ERR = "exportCentre.errors";

async function assertScopeExists(tx: Tx, report: ReportKind, scope: ExportScope) {
  const unknown = (field: string) =>
    new ActionError("VALIDATION", "errors.validation", { [field]: [`${ERR}.referenceUnknown`] });
  if (report === "register" && scope.reference) {
    const [row] = await tx
      .select({ id: processingActivities.id })
      .from(processingActivities)
      .where(eq(processingActivities.reference, scope.reference))
      .limit(1);
    if (!row) throw unknown("reference");
  }
  if (report === "incident" && scope.reference) {
    const [row] = await tx
      .select({ id: incidents.id })
      .from(incidents)
      .where(eq(incidents.reference, scope.reference))
      .limit(1);
    if (!row) throw unknown("reference");
  }
  if (report === "subscriber-dossier" && scope.subscriberRef) {
    const [row] = await tx
      .select({ ref: consentState.subscriberRef })
      .from(consentState)
      .where(eq(consentState.subscriberRef, scope.subscriberRef))
      .limit(1);
    if (!row) throw new ActionError("VALIDATION", "errors.validation", { subscriberRef: [`${ERR}.subscriberUnknown`] });
  }
}

/**
 * Ask for an export: validate the report, format and scope (nothing written on any error),
 * then create the job the runner picks up after the commit, with its `export.request`
 * audit entry. The file, its history row and `export.create` come when it is complete.
 */
function requestMutation(name: string, permission: Permission, reports: readonly ReportKind[] | null) {
  return defineMutation({
    name,
    permission,
    schema: exportRequestSchema,
    async run({ tx, actor, input, now }) {
      if (reports && !reports.includes(input.report))
        throw new ActionError("VALIDATION", "errors.validation", { report: [`${ERR}.incidentReportsOnly`] });
      if (!rendererFor(input.report, input.format))
        throw new ActionError("VALIDATION", "errors.validation", { format: [`${ERR}.formatUnavailable`] });
      const scope = normaliseScope(input);
      const [org] = await tx.select({ timeZone: organisation.timeZone }).from(organisation).limit(1);
      const future = futureDateErrors(scope, isoDateInZone(now, org?.timeZone ?? DEFAULT_TIME_ZONE));
      if (future) throw new ActionError("VALIDATION", "errors.validation", future);
      await assertScopeExists(tx, input.report, scope);
      // Serialise one person's requests so two clicks cannot both pass the limit.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`export-jobs:${actor.id}`}))`);
      const [running] = await tx
        .select({ value: count() })
        .from(exportJobs)
        .where(
          and(
            eq(exportJobs.requestedBy, actor.id),
            eq(exportJobs.status, "running"),
            gt(exportJobs.heartbeatAt, new Date(now.getTime() - STALE_AFTER_MS)),
          ),
        );
      if ((running?.value ?? 0) >= MAX_RUNNING_JOBS_PER_PERSON)
        throw new ActionError("CONFLICT", `${ERR}.tooManyRunning`);
      const [job] = await tx
        .insert(exportJobs)
        .values({
          requestedBy: actor.id,
          requestedAt: now,
          heartbeatAt: now,
          report: input.report,
          format: input.format,
          scope,
          locale: actor.locale,
        })
        .returning({ id: exportJobs.id });
      return {
        data: { jobId: job!.id },
        audit: {
          action: "export.request",
          entityType: "export",
          entityId: job!.id,
          meta: { report: input.report, format: input.format, scope },
        },
      };
    },
  });
}

/** Any report (DPO, auditor). */
export const requestExport = requestMutation("exports.request", "exports:create", null);
/** The incident reports only (the security director, and anyone holding `exports:incidents`). */
export const requestIncidentExport = requestMutation("exports.requestIncident", "exports:incidents", incidentReports);
