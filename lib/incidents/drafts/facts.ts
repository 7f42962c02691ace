import { getDataCategory, type DataCategoryKey } from "@/lib/register/catalogue/catalogue";
import type { RegisterEntryLinkDTO } from "@/lib/register/lookup";
import { DRAFT_FOR_OBLIGATION, generateDraft, type DraftContext, type DraftFacts } from "./drafts";
import type { IncidentRow } from "../clocks/facts";
import { OBLIGATION_IDS, type ObligationId } from "../obligations/obligations";
import { computeSeverity } from "../severity";
import type { ObligationClock } from "../types";

const SUBSCRIBER_NOTICES: ObligationId[] = ["eprivacy-611-subscribers", "gdpr-34", "gdpr-34-public"];

/** Annex I section 2: whether the subscribers were notified, need not be, or it is not decided yet. */
export function subscriberNotice(clocks: readonly ObligationClock[]): DraftFacts["subscriberNotice"] {
  const relevant = clocks.filter((c) => SUBSCRIBER_NOTICES.includes(c.id));
  if (relevant.length === 0) return null;
  if (relevant.some((c) => c.status === "met" || c.status === "late")) return "sent";
  if (relevant.every((c) => c.status === "not-applicable")) return "not_required";
  return null;
}

/** The draft inputs of a stored incident (data categories named in French, like the drafts). */
/** The linked register entries as the drafts read them (their processors and transfers). */
export type DraftRegisterEntry = Pick<RegisterEntryLinkDTO, "reference" | "processors" | "transfers">;

export function toDraftFacts(
  row: IncidentRow,
  clocks: readonly ObligationClock[] = [],
  entries: readonly DraftRegisterEntry[] = [],
): DraftFacts {
  const severity = row.severity ? computeSeverity(row.severity) : null;
  return {
    reference: row.reference,
    title: row.title,
    description: row.description,
    occurredFrom: row.occurredFrom,
    occurredTo: row.occurredTo,
    occurrenceEstimated: row.occurrenceEstimated,
    detectedAt: row.detectedAt,
    awareAt: row.awareAt,
    containedAt: row.containedAt,
    categories: row.categories,
    cause: row.cause,
    systems: row.systems,
    dataCategories: row.dataCategories.map((key) => getDataCategory(key as DataCategoryKey).label.fr),
    dataCategoryKeys: row.dataCategories,
    dataSubjectCategories: row.dataSubjectCategories,
    crossBorder: row.crossBorder,
    // No entry linked (or none visible): the providers involved are not known yet.
    providers:
      entries.length === 0 ? null : entries.flatMap((e) => e.processors.map((p) => ({ ...p, entry: e.reference }))),
    nis2Impact: row.nis2Impact,
    transfers: entries.flatMap((e) => e.transfers.map((t) => ({ ...t, entry: e.reference }))),
    subscriberNotice: subscriberNotice(clocks),
    peopleCount: row.peopleCount,
    recordsCount: row.recordsCount,
    consequences: row.consequences,
    remedialMeasures: row.remedialMeasures,
    dataUnintelligible: row.dataUnintelligible,
    unintelligibleEvidence: row.unintelligibleEvidence,
    publicCommunication:
      row.publicCommunicationPublishedAt && row.publicCommunicationPublishedIn
        ? { publishedAt: row.publicCommunicationPublishedAt, publishedIn: row.publicCommunicationPublishedIn }
        : null,
    severity: severity ? { score: severity.score, band: severity.band } : null,
  };
}

/** One generated draft per obligation, for the notification form. */
export function draftsFor(
  row: IncidentRow,
  ctx: DraftContext,
  clocks: readonly ObligationClock[] = [],
  entries: readonly DraftRegisterEntry[] = [],
): Record<ObligationId, string> {
  const facts = toDraftFacts(row, clocks, entries);
  return Object.fromEntries(
    OBLIGATION_IDS.map((id) => [id, generateDraft(DRAFT_FOR_OBLIGATION[id], facts, ctx)]),
  ) as Record<ObligationId, string>;
}
