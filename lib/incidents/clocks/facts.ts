import type { incidentNotifications, incidents } from "@/db/schema";
import { DEFAULT_TIME_ZONE } from "./periods";
import { DEFAULT_SEVERITY_SUGGESTIONS, type SeveritySuggestionMap } from "../severity";
import type { ComputeObligationsOptions, IncidentFacts, NotificationRecord } from "../types";
import type { ObligationId } from "../obligations/obligations";

export type IncidentRow = typeof incidents.$inferSelect;
export type NotificationRow = typeof incidentNotifications.$inferSelect;

/** The organisation's settings the clocks depend on. */
export interface IncidentSettings {
  timeZone: string;
  nis2Enabled: boolean;
  /** Internal target for "without undue delay" obligations (GDPR Art. 34, 611/2013 Art. 3). */
  incidentTargetHours: number;
  /** ENISA band → suggested decision. */
  severitySuggestions: SeveritySuggestionMap;
}

export const DEFAULT_INCIDENT_SETTINGS: IncidentSettings = {
  timeZone: DEFAULT_TIME_ZONE,
  nis2Enabled: true,
  incidentTargetHours: 72,
  severitySuggestions: DEFAULT_SEVERITY_SUGGESTIONS,
};

export function toNotificationRecord(
  row: Pick<NotificationRow, "obligation" | "sentAt" | "complete" | "delayReason">,
): NotificationRecord {
  return {
    obligation: row.obligation as ObligationId,
    sentAt: row.sentAt,
    complete: row.complete,
    delayReason: row.delayReason,
  };
}

/** What the clock engine needs from a stored incident and its recorded notifications. */
export function toIncidentFacts(row: IncidentRow, notifications: readonly NotificationRow[]): IncidentFacts {
  return {
    personalData: row.personalData,
    telecomService: row.telecomService,
    nis2Significant: row.nis2Significant,
    riskLevel: row.riskLevel,
    art34Exception: row.art34Exception,
    dataUnintelligible: row.dataUnintelligible,
    unintelligibleEvidence: row.unintelligibleEvidence,
    occurredAt: row.occurredFrom,
    detectedAt: row.detectedAt,
    awareAt: row.awareAt,
    nis2AwareAt: row.nis2AwareAt,
    publicCommunication:
      row.publicCommunicationPublishedAt && row.publicCommunicationPublishedIn
        ? { publishedAt: row.publicCommunicationPublishedAt, publishedIn: row.publicCommunicationPublishedIn }
        : null,
    notifications: notifications.map(toNotificationRecord),
    overrides: row.overrides,
  };
}

export function engineOptions(settings: IncidentSettings): ComputeObligationsOptions {
  return {
    nis2Enabled: settings.nis2Enabled,
    timeZone: settings.timeZone,
    internalTargetHours: {
      "gdpr-34": settings.incidentTargetHours,
      "gdpr-34-public": settings.incidentTargetHours,
      "eprivacy-611-subscribers": settings.incidentTargetHours,
      "nis2-recipients": settings.incidentTargetHours,
    },
  };
}
