import path from "node:path";
import { exportDirectory } from "@/lib/exports/centre/storage";

/**
 * Release files live beside the exports (the same shared storage, `VIGIE_EXPORT_DIR` or
 * `exports/` in the data directory), named after the release's id, never after user input.
 */
export function releaseFileKey(releaseId: string): string {
  return `release-${releaseId}.csv`;
}

export function releaseReportKey(releaseId: string): string {
  return `release-${releaseId}-review.pdf`;
}

export function releasePath(key: string, directory = exportDirectory()): string {
  return path.join(directory, path.basename(key));
}
