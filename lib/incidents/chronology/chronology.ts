/**
 * Impossible facts (issue 14, point 7): the order of an incident's instants and the clock skew
 * allowed for "now". Pure and client-safe; shared by the SIEM intake and the forms, which turn each
 * issue into their own message (English sentence for machines, i18n key for people).
 */

/** A sender's clock may run a little ahead of ours; beyond this, an instant is in the future. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export type ChronologyCode =
  | "in_future"
  | "occurrence_after_detection"
  | "awareness_before_detection"
  | "reason_required"
  | "sent_before_detection";

export type ChronologyIssue = { path: (string | number)[]; code: ChronologyCode };

export type ChronologyFacts = {
  detectedAt: Date | null;
  occurredFrom?: Date | null;
  occurredTo?: Date | null;
  /** GDPR awareness and its reason (EDPB Guidelines 9/2022). */
  awareAt?: Date | null;
  awareReason?: string | null;
  /** NIS2 Art. 23(4) awareness of the significant incident and its reason. */
  nis2AwareAt?: Date | null;
  nis2AwareReason?: string | null;
  notifications?: readonly { sentAt: Date | null }[];
  /** GDPR Art. 34(3)(c): when the public communication was published. */
  publishedAt?: Date | null;
};

/** Names of the fields in the caller's schema (the API and the form spell some differently). */
export type ChronologyFieldNames = {
  occurredFrom: string;
  awareReason: string;
  nis2AwareReason: string;
  /** The path of the publication instant (`["publishedAt"]` by default). */
  publishedAt?: (string | number)[];
};

const valid = (d: Date | null | undefined): number | null => (d && !Number.isNaN(d.getTime()) ? d.getTime() : null);
const blank = (s: string | null | undefined) => (s ?? "").trim() === "";

/**
 * Every impossible fact, field by field: an instant more than `CLOCK_SKEW_MS` after `now` (not
 * checked when `now` is `null`, as in a browser whose clock is not trusted);
 * occurrence after detection; an awareness before detection, or later than detection without its
 * reason; a notification sent, or a public communication published, before detection.
 */
export function chronologyIssues(
  facts: ChronologyFacts,
  now: Date | null,
  names: ChronologyFieldNames = {
    occurredFrom: "occurredFrom",
    awareReason: "awareReason",
    nis2AwareReason: "nis2AwareReason",
  },
): ChronologyIssue[] {
  const issues: ChronologyIssue[] = [];
  const limit = now === null ? Infinity : now.getTime() + CLOCK_SKEW_MS;
  const detected = valid(facts.detectedAt);
  const future = (path: (string | number)[], t: number | null) => {
    if (t !== null && t > limit) issues.push({ path, code: "in_future" });
  };
  future(["detectedAt"], detected);
  future([names.occurredFrom], valid(facts.occurredFrom));
  future(["occurredTo"], valid(facts.occurredTo));
  const occurred = valid(facts.occurredFrom);
  if (occurred !== null && detected !== null && occurred > detected) {
    issues.push({ path: [names.occurredFrom], code: "occurrence_after_detection" });
  }
  const awareness = (
    field: string,
    at: Date | null | undefined,
    reason: string | null | undefined,
    reasonField: string,
  ) => {
    const t = valid(at);
    future([field], t);
    if (t === null || detected === null) return;
    if (t < detected) issues.push({ path: [field], code: "awareness_before_detection" });
    else if (t > detected && blank(reason)) issues.push({ path: [reasonField], code: "reason_required" });
  };
  awareness("awareAt", facts.awareAt, facts.awareReason, names.awareReason);
  awareness("nis2AwareAt", facts.nis2AwareAt, facts.nis2AwareReason, names.nis2AwareReason);
  (facts.notifications ?? []).forEach((n, index) => {
    const t = valid(n.sentAt);
    future(["notifications", index, "sentAt"], t);
    if (t !== null && detected !== null && t < detected) {
      issues.push({ path: ["notifications", index, "sentAt"], code: "sent_before_detection" });
    }
  });
  const published = valid(facts.publishedAt);
  const publishedPath = names.publishedAt ?? ["publishedAt"];
  future(publishedPath, published);
  if (published !== null && detected !== null && published < detected) {
    issues.push({ path: publishedPath, code: "sent_before_detection" });
  }
  return issues;
}
