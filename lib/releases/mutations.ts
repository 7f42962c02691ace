import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { organisation, releaseDecisions, releases } from "@/db/schema";
import { ActionError, defineMutation } from "@/lib/action";
import { actorLabel } from "@/lib/auth/actor";
import { writeReportFile } from "@/lib/exports/centre/file-writer";
import { exportDirectory } from "@/lib/exports/centre/storage";
import { getRelease } from "./queries";
import { writeReleaseReport } from "./report-pdf";
import { decideReleaseSchema } from "./schemas";
import { releasePath, releaseReportKey } from "./storage";

/**
 * The DPO's decision on a pending release: approve (the file becomes downloadable) or reject,
 * always with a rationale. The review report (PDF) is written with the decision in it and
 * hashed; the decision, the status and the `release.approve` / `release.reject` entry commit together.
 */
export const decideRelease = defineMutation({
  name: "releases.decide",
  permission: "releases:manage",
  schema: decideReleaseSchema,
  revalidate: ["/releases"],
  async run({ tx, actor, input, now }) {
    const [row] = await tx.select().from(releases).where(eq(releases.reference, input.reference)).for("update");
    if (!row) throw new ActionError("NOT_FOUND", "releases.errors.notFound");
    if (row.status !== "pending") throw new ActionError("CONFLICT", "releases.errors.notPending");
    if (row.version !== input.version) throw new ActionError("CONFLICT", "releases.errors.stale");
    const label = actorLabel(actor);
    await tx
      .update(releases)
      .set({ status: input.decision, version: row.version + 1 })
      .where(and(eq(releases.id, row.id), eq(releases.version, row.version)));
    const reportKey = releaseReportKey(row.id);
    const decision = {
      releaseId: row.id,
      decision: input.decision,
      rationale: input.rationale,
      decidedBy: actor.id,
      decidedByLabel: label,
      decidedAt: now,
    };
    const detail = await getRelease(actor, input.reference, tx);
    const [org] = await tx.select({ timeZone: organisation.timeZone }).from(organisation).where(eq(organisation.id, 1));
    await fs.promises.mkdir(exportDirectory(), { recursive: true });
    const report = await writeReportFile(releasePath(reportKey, exportDirectory()), (out) =>
      writeReleaseReport({ db: tx, actor, locale: actor.locale, now, timeZone: org?.timeZone ?? "Europe/Paris" }, out, {
        ...detail!,
        status: input.decision,
        decision: { ...decision, decidedBy: label, decidedAt: now.toISOString(), reportSha256: "", reportSize: 0 },
      }),
    );
    await tx
      .insert(releaseDecisions)
      .values({ ...decision, reportKey, reportSize: report.size, reportSha256: report.sha256 });
    return {
      data: { reference: row.reference, status: input.decision, reportSha256: report.sha256 },
      audit: {
        action: input.decision === "approved" ? "release.approve" : "release.reject",
        entityType: "release",
        entityId: row.reference,
        meta: { rationale: input.rationale, fileSha256: row.fileSha256, reportSha256: report.sha256 },
      },
    };
  },
});
