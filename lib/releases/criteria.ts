import type { ReviewSummary } from "./review-summary";

/**
 * The three criteria of the Article 29 Working Party's opinion 05/2014 on anonymisation
 * techniques, answered for one release from the evidence of its review. Each answer is
 * `addressed` (the checks remove the risk as far as they can tell), `residual` (a risk the DPO
 * must weigh: the decision's rationale should say why it is acceptable) or `present` (the release
 * as reviewed still carries it). The evidence names the figures the answer rests on.
 */
export type CriterionAnswer = "addressed" | "residual" | "present";
export type CriterionName = "singlingOut" | "linkability" | "inference";

export interface Criterion {
  name: CriterionName;
  answer: CriterionAnswer;
  /** Message parameters for the evidence sentence. */
  evidence: Record<string, number | string>;
}

export function answerCriteria(summary: ReviewSummary): Criterion[] {
  if (summary.refusal)
    return (["singlingOut", "linkability", "inference"] as const).map((name) => ({
      name,
      answer: "present",
      evidence: { refusal: summary.refusal!.kind },
    }));
  const { suppressed, margins, differencing, audit, k } = summary;
  // Singling out: no published cell or margin counts fewer than k people (zeros single nobody out).
  const singlingOut: Criterion = {
    name: "singlingOut",
    answer: summary.smallestPublished === null || summary.smallestPublished >= k ? "addressed" : "present",
    evidence: {
      k,
      primary: suppressed.primary,
      smallestPublished: summary.smallestPublished ?? 0,
      marginsBelowK: margins.primary,
    },
  };
  // Linkability: a cell of this release combined with an earlier one of the series must not isolate a small group.
  const unresolved = differencing.flagged - differencing.suppressed;
  const linkability: Criterion = {
    name: "linkability",
    answer: unresolved > 0 ? "present" : "addressed",
    evidence: {
      earlierReleases: differencing.earlierReleases,
      flagged: differencing.flagged,
      suppressed: differencing.suppressed,
    },
  };
  // Inference: no blank cell is recoverable from the margins; a published cell equal to its line's total
  // (everyone in that zone and hour came from one origin) is attribute disclosure the DPO must weigh.
  const inference: Criterion = {
    name: "inference",
    answer: audit.notAudited > 0 || summary.dominantCells > 0 ? "residual" : "addressed",
    evidence: {
      complementary: suppressed.complementary,
      marginsSuppressed: margins.complementary,
      audited: audit.audited,
      notAudited: audit.notAudited,
      dominantCells: summary.dominantCells,
    },
  };
  return [singlingOut, linkability, inference];
}
