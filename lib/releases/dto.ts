import type { ReleaseStatus } from "@/db/schema/releases";
import type { Criterion } from "./criteria";
import type { ReviewSummary } from "./review-summary";

/** Shapes the release pages receive (types only: client components import this file). */
export interface ReleaseListItemDTO {
  reference: string;
  series: string;
  recipient: string;
  status: ReleaseStatus;
  /** The threshold the review was made with (kept with the release: a later default changes nothing). */
  k: number;
  cells: number;
  suppressed: number;
  uploadedAt: string;
  uploadedBy: string;
  fileSha256: string | null;
  reportSha256: string | null;
}

export interface ReleaseDecisionDTO {
  decision: "approved" | "rejected";
  rationale: string;
  decidedBy: string;
  decidedAt: string;
  reportSha256: string;
  reportSize: number;
}

export interface ReleaseDetailDTO extends Omit<ReleaseListItemDTO, "cells" | "suppressed"> {
  purpose: string;
  suppressDifferencing: boolean;
  version: number;
  entry: {
    reference: string;
    name: string;
    status: string;
    legalBases: string[];
    objectionPurposes: { key: string; label: string }[];
  };
  sourceName: string;
  sourceSize: number;
  sourceSha256: string;
  fileSize: number | null;
  summary: ReviewSummary;
  criteria: Criterion[];
  decision: ReleaseDecisionDTO | null;
  canDownloadFile: boolean;
  /** Today's default threshold, to compare with the release's own. */
  currentThreshold: number;
}

export interface ReleaseEntryOptionDTO {
  reference: string;
  name: string;
  legalBases: string[];
  objectionPurposes: string[];
}
