import { getDataCategory } from "../catalogue/catalogue";
import { assessCompleteness } from "./completeness";
import { screenDpia, type DpiaStatus } from "../dpia/dpia";
import type { LegalBasis } from "../catalogue/legal-bases";
import type { ProcessingActivity } from "../schemas";

/** The columns of a register row that the list filters and sorts on, derived from its content. */
export interface ListColumns {
  name: string;
  role: ProcessingActivity["role"];
  status: ProcessingActivity["status"];
  legalBases: LegalBasis[];
  hasSpecialData: boolean;
  hasTrafficData: boolean;
  hasLocationData: boolean;
  hasTransfers: boolean;
  isDpiaRequired: boolean;
  dpiaStatus: DpiaStatus;
  completenessScore: number;
  missingCount: number;
  nextReviewOn: string | null;
  businessOwner: string;
}

/**
 * Derives the list columns of an entry at save time. Special data covers Art. 9 and Art. 10
 * categories; traffic and location follow the ePrivacy flags of the catalogue; the DPIA is
 * required when the screening says so (DPO decision included). The completeness score is
 * computed without the clock: an overdue review is its own filter.
 */
export function deriveListColumns(entry: ProcessingActivity): ListColumns {
  const categories = entry.dataCategories.map(getDataCategory);
  const legalBases = [...new Set(entry.purposes.flatMap((p) => (p.legalBasis ? [p.legalBasis] : [])))].sort();
  const assessment = assessCompleteness(entry);
  return {
    name: entry.name,
    role: entry.role,
    status: entry.status,
    legalBases,
    hasSpecialData: categories.some((c) => c.isSpecial || c.isCriminal),
    hasTrafficData: categories.some((c) => c.isEPrivacyTraffic),
    hasLocationData: categories.some((c) => c.isEPrivacyLocation),
    hasTransfers: entry.transfers.length > 0 || entry.controllersServed.some((s) => s.transfers.length > 0),
    isDpiaRequired: screenDpia({ ...entry.dpia, dataCategories: entry.dataCategories }).isDpiaRequired,
    dpiaStatus: entry.dpia.status,
    completenessScore: assessment.score,
    missingCount: assessment.missing.length,
    nextReviewOn: entry.nextReviewOn,
    businessOwner: entry.businessOwner,
  };
}
