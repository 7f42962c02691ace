import type { IdentifierKind } from "./identifiers";
import type { LayoutProblem, RowProblem } from "./csv-layout";

/** A cell named in the review report (a check's "cells concerned"): at most `MAX_EXAMPLES` per check. */
export interface CellExample {
  line: number;
  area: string;
  dims: string[];
  windowStart: string;
  windowEnd: string;
  count: number;
  /** Differencing: the earlier release and the difference it reveals. */
  earlierRelease?: string;
  difference?: number;
}

export const MAX_EXAMPLES = 20;

export type Refusal =
  | { kind: "layout"; problems: LayoutProblem[] }
  | { kind: "identifierValue"; identifier: IdentifierKind; column: string; lines: number[] }
  | { kind: "duplicateCell"; lines: number[] }
  | { kind: "perPerson"; rows: number }
  | { kind: "row"; problem: RowProblem; line: number }
  | { kind: "ungrouped"; line: number }
  | { kind: "empty" }
  | { kind: "tooManyCells"; limit: number };

/** What a review found: stored with the release (JSON), shown on its page and printed in its report. */
export interface ReviewSummary {
  k: number;
  dimensions: string[];
  cells: number;
  windows: number;
  refusal: Refusal | null;
  suppressed: { primary: number; complementary: number; differencing: number };
  margins: { published: number; primary: number; complementary: number };
  differencing: { earlierReleases: number; flagged: number; suppressed: number };
  audit: { audited: number; notAudited: number };
  /** The smallest positive published count (cells and margins), null when none. */
  smallestPublished: number | null;
  /** Published cells equal to a line's total while that line holds other cells. */
  dominantCells: number;
  examples: { primary: CellExample[]; complementary: CellExample[]; differencing: CellExample[] };
}

export function emptySummary(k: number): ReviewSummary {
  return {
    k,
    dimensions: [],
    cells: 0,
    windows: 0,
    refusal: null,
    suppressed: { primary: 0, complementary: 0, differencing: 0 },
    margins: { published: 0, primary: 0, complementary: 0 },
    differencing: { earlierReleases: 0, flagged: 0, suppressed: 0 },
    audit: { audited: 0, notAudited: 0 },
    smallestPublished: null,
    dominantCells: 0,
    examples: { primary: [], complementary: [], differencing: [] },
  };
}
