import "server-only";
import { desc, eq } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { releaseDecisions, releases } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import type { Criterion } from "./criteria";
import type { ReleaseDetailDTO, ReleaseEntryOptionDTO, ReleaseListItemDTO } from "./dto";
import type { ReviewSummary } from "./review-summary";
import { releaseThreshold, unsafeReleaseEntries } from "./store";

/** The releases, newest first, with their hashes (the history). */
export async function listReleases(actor: Actor, db: Executor = getDb()): Promise<ReleaseListItemDTO[]> {
  assertCan(actor, "releases:read");
  const rows = await db
    .select({ release: releases, reportSha256: releaseDecisions.reportSha256 })
    .from(releases)
    .leftJoin(releaseDecisions, eq(releaseDecisions.releaseId, releases.id))
    .orderBy(desc(releases.uploadedAt), desc(releases.reference))
    .limit(500);
  return rows.map(({ release, reportSha256 }) => {
    const summary = release.summary as ReviewSummary;
    return {
      reference: release.reference,
      series: release.series,
      recipient: release.recipient,
      status: release.status,
      k: release.k,
      cells: summary.cells,
      suppressed: summary.suppressed.primary + summary.suppressed.complementary + summary.suppressed.differencing,
      uploadedAt: release.uploadedAt.toISOString(),
      uploadedBy: release.uploadedByLabel,
      fileSha256: release.fileSha256,
      reportSha256,
    };
  });
}

export async function getRelease(
  actor: Actor,
  reference: string,
  db: Executor = getDb(),
): Promise<ReleaseDetailDTO | null> {
  assertCan(actor, "releases:read");
  const [row] = await db
    .select({ release: releases, decision: releaseDecisions })
    .from(releases)
    .leftJoin(releaseDecisions, eq(releaseDecisions.releaseId, releases.id))
    .where(eq(releases.reference, reference));
  if (!row) return null;
  const { release, decision } = row;
  // One after the other: `db` may be the decision's transaction (one connection).
  const [entry] = await unsafeReleaseEntries(db, { id: release.processingActivityId });
  const currentThreshold = await releaseThreshold(db);
  return {
    reference: release.reference,
    series: release.series,
    recipient: release.recipient,
    purpose: release.purpose,
    status: release.status,
    k: release.k,
    suppressDifferencing: release.suppressDifferencing,
    version: release.version,
    uploadedAt: release.uploadedAt.toISOString(),
    uploadedBy: release.uploadedByLabel,
    entry: {
      reference: entry?.reference ?? "",
      name: entry?.name ?? "",
      status: entry?.status ?? "",
      legalBases: entry?.legalBases ?? [],
      objectionPurposes: (entry?.objectionPurposes ?? []).map((p) => ({
        key: p.key,
        label: actor.locale === "fr" ? p.labelFr : p.labelEn,
      })),
    },
    sourceName: release.sourceName,
    sourceSize: release.sourceSize,
    sourceSha256: release.sourceSha256,
    fileSize: release.fileSize,
    fileSha256: release.fileSha256,
    summary: release.summary as ReviewSummary,
    criteria: release.criteria as Criterion[],
    decision: decision
      ? {
          decision: decision.decision,
          rationale: decision.rationale,
          decidedBy: decision.decidedByLabel,
          decidedAt: decision.decidedAt.toISOString(),
          reportSha256: decision.reportSha256,
          reportSize: decision.reportSize,
        }
      : null,
    reportSha256: decision?.reportSha256 ?? null,
    canDownloadFile: release.status === "approved" && release.fileKey !== null,
    currentThreshold,
  };
}

/** The default threshold k of the next reviews: every reader sees it, the DPO changes it (settings.ts). */
export async function releaseSettings(actor: Actor, db: Executor = getDb()): Promise<{ threshold: number }> {
  assertCan(actor, "releases:read");
  return { threshold: await releaseThreshold(db) };
}

/** The active register entries a release may belong to, and the default threshold. */
export async function releaseUploadOptions(
  actor: Actor,
  db: Executor = getDb(),
): Promise<{ entries: ReleaseEntryOptionDTO[]; threshold: number }> {
  assertCan(actor, "releases:manage");
  const [entries, threshold] = await Promise.all([unsafeReleaseEntries(db), releaseThreshold(db)]);
  return {
    threshold,
    entries: entries.map((entry) => ({
      reference: entry.reference,
      name: entry.name,
      legalBases: entry.legalBases,
      objectionPurposes: entry.objectionPurposes.map((p) => (actor.locale === "fr" ? p.labelFr : p.labelEn)),
    })),
  };
}
