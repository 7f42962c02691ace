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
  /** Draft and active entries whose screening requires a DPIA that is not done. */
  missingDpia: number;
  /** Of those, the active ones: processing already running without its DPIA (Art. 35(1)). */
  activeMissingDpia: number;
  reviewsOverdue: number;
}
