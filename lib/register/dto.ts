/** Shapes the register domain sends to the client: types only, safe to import from client components. */
import type { ProcessingActivity } from "./schemas";

export interface ActivityDetail {
  reference: string;
  version: number;
  status: ProcessingActivity["status"];
  content: ProcessingActivity;
  createdAt: string;
  updatedAt: string;
}

export interface VersionSummary {
  version: number;
  status: ProcessingActivity["status"];
  savedAt: string;
  savedByLabel: string;
  change: string;
}

export interface RegisterSummary {
  /** Mean completeness of draft and active entries; null when there are none. */
  score: number | null;
  entryCount: number;
  missingDpia: number;
  reviewsOverdue: number;
}
