import "server-only";
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { releaseDecisions, releases } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guard";
import { fileResponse } from "@/lib/exports/centre/download";
import { errorResponse } from "@/lib/route-errors";
import { releaseReferenceSchema } from "./schemas";
import { releasePath } from "./storage";

export const releaseFiles = ["release.csv", "review.pdf"] as const;

/**
 * One file of a release, streamed from disk with its SHA-256: `release.csv` once approved (409
 * before: a release cannot leave before the DPO's decision), `review.pdf` once decided. 404 for
 * an unknown reference or file name, 410 when the file is missing from this server's directory.
 */
export async function downloadReleaseFile(actor: Actor, reference: string, file: string): Promise<Response> {
  assertCan(actor, "releases:read");
  if (!releaseReferenceSchema.safeParse(reference).success || !(releaseFiles as readonly string[]).includes(file))
    return errorResponse("NOT_FOUND", "releases.errors.notFound");
  const [row] = await getDb()
    .select({ release: releases, decision: releaseDecisions })
    .from(releases)
    .leftJoin(releaseDecisions, eq(releaseDecisions.releaseId, releases.id))
    .where(eq(releases.reference, reference));
  if (!row) return errorResponse("NOT_FOUND", "releases.errors.notFound");
  const { release, decision } = row;
  let target: { key: string; size: number; sha256: string; format: "csv" | "pdf"; fileName: string };
  if (file === "release.csv") {
    if (release.status !== "approved" || !release.fileKey || release.fileSize === null || !release.fileSha256)
      return errorResponse("CONFLICT", "releases.detail.notApproved");
    target = {
      key: release.fileKey,
      size: release.fileSize,
      sha256: release.fileSha256,
      format: "csv",
      fileName: `${reference}.csv`,
    };
  } else {
    if (!decision) return errorResponse("CONFLICT", "releases.decision.none");
    target = {
      key: decision.reportKey,
      size: decision.reportSize,
      sha256: decision.reportSha256,
      format: "pdf",
      fileName: `${reference}-review.pdf`,
    };
  }
  const path = releasePath(target.key);
  const stat = await fs.promises.stat(path).catch(() => null);
  if (!stat || stat.size !== target.size)
    return errorResponse("GONE", "The file is not in this server's export directory (see VIGIE_EXPORT_DIR)");
  return fileResponse({
    path,
    format: target.format,
    fileName: target.fileName,
    size: target.size,
    sha256: target.sha256,
  });
}
