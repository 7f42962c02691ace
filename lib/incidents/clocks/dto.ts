import type { Authority, ObligationId, StartEvent } from "../obligations/obligations";
import type { DueKind, ObligationClock, ObligationStatus } from "../types";

/** A clock shaped for the incident page (instants as ISO strings). */
export interface ClockDTO {
  id: ObligationId;
  authority: Authority | null;
  legalReference: string | null;
  startEvent: StartEvent;
  startAt: string | null;
  isStartFromDetection: boolean;
  dueAt: string | null;
  dueKind: DueKind;
  alternativeDueAt: string | null;
  status: ObligationStatus;
  sentAt: string | null;
  delayReason: string | null;
  messageKeys: string[];
}

export function toClockDTO(clock: ObligationClock): ClockDTO {
  return {
    id: clock.id,
    authority: clock.rule?.authority ?? null,
    legalReference: clock.rule?.legalReference ?? null,
    startEvent: clock.startEvent,
    startAt: clock.startAt?.toISOString() ?? null,
    isStartFromDetection: clock.isStartFromDetection,
    dueAt: clock.dueAt?.toISOString() ?? null,
    dueKind: clock.dueKind,
    alternativeDueAt: clock.alternativeDue[0]?.dueAt.toISOString() ?? null,
    status: clock.status,
    sentAt: clock.notification?.sentAt.toISOString() ?? null,
    delayReason: clock.notification?.delayReason ?? null,
    messageKeys: clock.messageKeys,
  };
}
