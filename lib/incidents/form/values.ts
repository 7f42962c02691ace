import type { IncidentRow } from "../clocks/facts";
import type { INCIDENT_CAUSES, IncidentFactsInput } from "./schemas";
import { toLocalInputValue } from "../clocks/local-time";

/** A yes / no / unknown select's value. */
const triState = (value: boolean | null) => (value === null ? "" : value ? "true" : "false");

/** The opening form's values for a stored incident (instants on the Paris wall clock). */
export function toFactsFormValues(row: IncidentRow, timeZone?: string): IncidentFactsInput {
  const local = (d: Date | null) => (d ? toLocalInputValue(d, timeZone) : "");
  return {
    title: row.title,
    description: row.description,
    occurredFrom: local(row.occurredFrom),
    occurredTo: local(row.occurredTo),
    occurrenceEstimated: row.occurrenceEstimated,
    detectedAt: local(row.detectedAt),
    awareAt: local(row.awareAt),
    awarenessReason: row.awarenessReason ?? "",
    nis2AwareAt: local(row.nis2AwareAt),
    nis2AwarenessReason: row.nis2AwarenessReason ?? "",
    categories: row.categories,
    cause: (row.cause ?? "") as (typeof INCIDENT_CAUSES)[number] | "",
    systems: row.systems.join("\n"),
    registerRefs: row.registerRefs,
    dataCategories: row.dataCategories,
    dataSubjectCategories: row.dataSubjectCategories.join("\n"),
    crossBorder: row.crossBorder ?? "",
    peopleCount: row.peopleCount === null ? "" : String(row.peopleCount),
    recordsCount: row.recordsCount === null ? "" : String(row.recordsCount),
    personalData: triState(row.personalData),
    telecomService: triState(row.telecomService),
    nis2Significant: row.nis2Significant,
    dataUnintelligible: row.dataUnintelligible,
    unintelligibleEvidence: row.unintelligibleEvidence ?? "",
    publicCommunicationPublishedAt: local(row.publicCommunicationPublishedAt),
    publicCommunicationPublishedIn: row.publicCommunicationPublishedIn ?? "",
    consequences: row.consequences,
    remedialMeasures: row.remedialMeasures,
  };
}
