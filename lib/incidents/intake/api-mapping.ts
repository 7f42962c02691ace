import { assessNis2Impact } from "../nis2-impact";
import type { Authority, ObligationId } from "../obligations/obligations";
import type { IncidentRow, NotificationRow } from "../clocks/facts";
import type { ObligationClock, ObligationOverride, ObligationStatus } from "../types";

/** One clock as the HTTP API returns it (documented in the README): instants in UTC with `Z`. */
export interface ApiClock {
  obligation: ObligationId;
  authority: Authority;
  startsAt: string | null;
  dueAt: string | null;
  status: ObligationStatus;
  metAt: string | null;
  reason: string | null;
  /** Applies until an assessment still to make (risk, scope, waiver evidence) says otherwise. */
  provisional: boolean;
  /** Notice codes, e.g. `risk_not_assessed_yet`, `personal_data_to_confirm`. */
  notices: string[];
}

const AUTHORITIES: Record<ObligationId, Authority> = {
  "gdpr-33": "CNIL",
  "gdpr-34": "data-subjects",
  "gdpr-34-public": "public",
  "eprivacy-611-initial": "CNIL",
  "eprivacy-611-second": "CNIL",
  "eprivacy-611-subscribers": "subscribers",
  "nis2-early-warning": "ANSSI",
  "nis2-notification": "ANSSI",
  "nis2-final-report": "ANSSI",
  "nis2-recipients": "service-recipients",
};

export const iso = (date: Date | null | undefined): string | null => (date ? date.toISOString() : null);

/**
 * The engine's clock as the API's `clocks` item. `reason` is set only when not applicable: the
 * rule's reason code (e.g. `risk_unlikely`) or `override: <the DPO's reason>`.
 */
export function toApiClock(clock: ObligationClock, overrides: readonly ObligationOverride[] = []): ApiClock {
  const notApplicable = clock.status === "not-applicable";
  const override = overrides.find((o) => o.obligation === clock.id);
  const done = clock.status === "met" || clock.status === "late";
  return {
    obligation: clock.id,
    authority: clock.rule?.authority ?? AUTHORITIES[clock.id],
    startsAt: notApplicable ? null : iso(clock.startAt),
    dueAt: notApplicable ? null : iso(clock.dueAt),
    status: clock.status,
    metAt: done ? iso(clock.notification?.sentAt) : null,
    reason: notApplicable
      ? clock.notApplicableReason === "dpo_override" && override
        ? `override: ${override.reason}`
        : clock.notApplicableReason
      : null,
    provisional: clock.isProvisional,
    notices: notApplicable ? [] : clock.messageKeys.map((k) => k.replace("incidents.clocks.", "")),
  };
}

/** The incident as the HTTP API returns it. */
export function toApiIncident(
  row: IncidentRow,
  notifications: readonly NotificationRow[],
  clocks: readonly ObligationClock[],
) {
  return {
    id: row.id,
    reference: row.reference,
    externalId: row.externalId,
    title: row.title,
    description: row.description,
    status: row.status,
    occurredAt: iso(row.occurredFrom),
    detectedAt: iso(row.detectedAt),
    awareAt: iso(row.awareAt),
    awareReason: row.awarenessReason,
    nis2AwareAt: iso(row.nis2AwareAt),
    nis2AwareReason: row.nis2AwarenessReason,
    personalData: row.personalData,
    telecomService: row.telecomService,
    nis2Significant: row.nis2Significant,
    riskLevel: row.riskLevel,
    dataUnintelligible: row.dataUnintelligible,
    art34Exception: row.art34Exception,
    publicCommunication:
      row.publicCommunicationPublishedAt && row.publicCommunicationPublishedIn
        ? { publishedAt: iso(row.publicCommunicationPublishedAt), publishedIn: row.publicCommunicationPublishedIn }
        : null,
    /** NIS2 Art. 23(3): the impact on the service as assessed in the console, with its level. */
    nis2Impact: row.nis2Impact ? { ...row.nis2Impact, level: assessNis2Impact(row.nis2Impact).level } : null,
    notifications: notifications.map((n) => ({
      obligation: n.obligation,
      sentAt: iso(n.sentAt),
      reference: n.reference,
      complete: n.complete,
    })),
    clocks: clocks.map((clock) => toApiClock(clock, row.overrides)),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
export type ApiIncident = ReturnType<typeof toApiIncident>;
