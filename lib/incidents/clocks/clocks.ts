import { assessApplicability, findFirstNotification } from "../obligations/applicability";
import { selectRuleForIncident } from "./start";
import { OBLIGATION_IDS, OBLIGATION_RULES, type ObligationId, type ObligationRule } from "../obligations/obligations";
import { DEFAULT_TIME_ZONE, HOUR_MS, addCalendarMonths, addDaysReg1182, addElapsedHours, toZonedIso } from "./periods";
import type {
  AlternativeDue,
  ClockMessageKey,
  ClockNotice,
  ComputeObligationsOptions,
  DueKind,
  IncidentFacts,
  NotApplicableReason,
  NotificationRecord,
  ObligationClock,
  ObligationStatus,
} from "../types";

/**
 * The incident clocks (GDPR Art. 33-34, Reg. 611/2013, NIS2 Art. 23): one incident starts several obligations, each with its own
 * start event, deadline, authority and status. Pure: `now` is an argument, nothing is read from
 * the environment.
 */

function assertValidDate(value: Date | null | undefined, name: string): void {
  if (value === null || value === undefined) return;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new RangeError(`${name} must be a valid Date`);
  }
}

/** Zones already checked (building a formatter to check one costs more than the whole clock computation). */
const knownZones = new Set<string>();

function assertValidInput(facts: IncidentFacts, now: Date, options: ComputeObligationsOptions): void {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (!knownZones.has(zone)) {
    // Throws a RangeError for an unknown IANA zone.
    new Intl.DateTimeFormat("en", { timeZone: zone });
    knownZones.add(zone);
  }
  if (!(now instanceof Date)) throw new RangeError("now must be a valid Date");
  assertValidDate(now, "now");
  if (!(facts.detectedAt instanceof Date)) throw new RangeError("facts.detectedAt is required");
  assertValidDate(facts.detectedAt, "facts.detectedAt");
  assertValidDate(facts.awareAt, "facts.awareAt");
  assertValidDate(facts.nis2AwareAt, "facts.nis2AwareAt");
  assertValidDate(facts.publicCommunication?.publishedAt, "facts.publicCommunication.publishedAt");
  facts.notifications.forEach((n, i) => assertValidDate(n.sentAt, `facts.notifications[${i}].sentAt`));
}

function computeDue(
  rule: ObligationRule,
  startAt: Date,
  options: ComputeObligationsOptions,
): { dueAt: Date | null; dueKind: DueKind } {
  const { period } = rule;
  switch (period.kind) {
    case "hours":
      return { dueAt: addElapsedHours(startAt, period.hours), dueKind: "legal_deadline" };
    case "months": {
      const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
      return { dueAt: addCalendarMonths(startAt, period.months, timeZone), dueKind: "legal_deadline" };
    }
    case "without_undue_delay": {
      const hours = options.internalTargetHours?.[rule.id] ?? period.defaultTargetHours;
      if (!Number.isFinite(hours) || hours <= 0) {
        throw new RangeError(`internal target for ${rule.id} must be a positive number of hours`);
      }
      return { dueAt: addElapsedHours(startAt, hours), dueKind: "internal_target" };
    }
    case "none":
      return { dueAt: null, dueKind: "none" };
  }
}

/** Art. 34(3)(c): the public communication, once published (at or before `now`), meets its obligation. */
function publicationRecord(facts: IncidentFacts, now: Date): NotificationRecord | null {
  const published = facts.publicCommunication;
  if (!published || published.publishedAt.getTime() > now.getTime()) return null;
  return { obligation: "gdpr-34-public", sentAt: published.publishedAt, complete: true, delayReason: null };
}

const key = (code: ClockNotice | NotApplicableReason): ClockMessageKey => `incidents.clocks.${code}`;

function notApplicableClock(
  id: ObligationId,
  rule: ObligationRule | null,
  reason: NotApplicableReason,
): ObligationClock {
  return {
    id,
    rule,
    applies: false,
    notApplicableReason: reason,
    isProvisional: false,
    startEvent: rule?.startEvent ?? "none",
    startAt: null,
    isStartFromDetection: false,
    dueAt: null,
    dueAtLocal: null,
    dueKind: "none",
    alternativeDue: [],
    status: "not-applicable",
    msLeft: null,
    lateByMs: null,
    elapsedMs: null,
    notification: null,
    delayReasonRequired: false,
    messageKeys: [key(reason)],
  };
}

function computeObligation(
  id: ObligationId,
  facts: IncidentFacts,
  now: Date,
  options: ComputeObligationsOptions,
): ObligationClock {
  const selected = selectRuleForIncident(id, options.rules ?? OBLIGATION_RULES, facts, now);
  if (!selected) return notApplicableClock(id, null, "no_rule_in_force");
  const { rule } = selected;
  let { start } = selected;
  let isStartFromNotificationDue = false;
  if (rule.startEvent === "incident_notification_submitted" && !start.startAt) {
    // NIS2 Art. 23(4)(e) counts from the notification sent; until it is, from its due time (the earlier deadline).
    const notificationDue = computeObligation("nis2-notification", facts, now, options).dueAt;
    if (notificationDue) {
      start = { startAt: notificationDue, isStartFromDetection: false };
      isStartFromNotificationDue = true;
    }
  }
  const applicability = assessApplicability(id, facts, { nis2Enabled: options.nis2Enabled, now });
  if (!applicability.applies) return notApplicableClock(id, rule, applicability.reason);

  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const notices: ClockNotice[] = [...applicability.notices];
  if (start.isStartFromDetection) notices.push("start_from_detection");
  if (isStartFromNotificationDue) notices.push("start_from_notification_due");
  if (!start.startAt && rule.startEvent !== "none") notices.push("awaiting_start_event");

  const { dueAt, dueKind } = start.startAt
    ? computeDue(rule, start.startAt, options)
    : { dueAt: null, dueKind: "none" as const };
  if (dueKind === "internal_target") notices.push("internal_target");

  const alternativeDue: AlternativeDue[] = [];
  if (start.startAt) {
    for (const reading of rule.alternativeReadings ?? []) {
      const altDue = addDaysReg1182(start.startAt, reading.days, timeZone);
      alternativeDue.push({
        key: reading.key,
        legalReference: reading.legalReference,
        dueAt: altDue,
        dueAtLocal: toZonedIso(altDue, timeZone),
      });
    }
  }

  const notification =
    id === "gdpr-34-public" ? publicationRecord(facts, now) : findFirstNotification(facts.notifications, id, now);
  const endOfClock = notification?.sentAt ?? now;
  let status: ObligationStatus;
  if (notification) {
    status = dueAt && notification.sentAt.getTime() > dueAt.getTime() ? "late" : "met";
  } else {
    status = dueAt && now.getTime() > dueAt.getTime() ? "overdue" : "pending";
  }
  const isOpen = status === "pending" || status === "overdue";
  const delayReasonRequired = status === "late" && (notification?.delayReason ?? "").trim() === "";
  if (delayReasonRequired) notices.push("delay_reason_required");

  return {
    id,
    rule,
    applies: true,
    notApplicableReason: null,
    isProvisional: applicability.isProvisional,
    startEvent: rule.startEvent,
    startAt: start.startAt,
    isStartFromDetection: start.isStartFromDetection,
    dueAt,
    dueAtLocal: dueAt ? toZonedIso(dueAt, timeZone) : null,
    dueKind,
    alternativeDue,
    status,
    msLeft: isOpen && dueAt ? dueAt.getTime() - now.getTime() : null,
    lateByMs: status === "late" && dueAt && notification ? notification.sentAt.getTime() - dueAt.getTime() : null,
    elapsedMs: start.startAt ? endOfClock.getTime() - start.startAt.getTime() : null,
    notification,
    delayReasonRequired,
    messageKeys: notices.map(key),
  };
}

/**
 * Every obligation an incident may start (in `OBLIGATION_IDS` order), applicable or not, with its
 * start, due instant (UTC `Date` + ISO string in the organisation's zone) and status at `now`.
 * Periods in hours are elapsed time; months follow the local calendar.
 * Sources: GDPR Art. 33–34; Reg. (EU) 611/2013 Art. 2–4; NIS2 Art. 23(4); EDPB Guidelines 9/2022.
 * @throws RangeError on an invalid instant in `now` or `facts`, an unknown time zone, or a
 *   non-positive internal target.
 */
export function computeObligations(
  facts: IncidentFacts,
  now: Date,
  options: ComputeObligationsOptions,
): ObligationClock[] {
  assertValidInput(facts, now, options);
  return OBLIGATION_IDS.map((id) => computeObligation(id, facts, now, options));
}

/**
 * The open obligation (pending or overdue) with the earliest due instant, or `null`.
 * `legalOnly` skips internal targets ("without undue delay", GDPR Art. 34, 611/2013 Art. 3).
 */
export function nextDeadline(
  obligations: readonly ObligationClock[],
  options: { legalOnly?: boolean } = {},
): (ObligationClock & { dueAt: Date }) | null {
  let next: (ObligationClock & { dueAt: Date }) | null = null;
  for (const clock of obligations) {
    const { dueAt } = clock;
    if (!dueAt || (clock.status !== "pending" && clock.status !== "overdue")) continue;
    if (options.legalOnly && clock.dueKind !== "legal_deadline") continue;
    if (!next || dueAt.getTime() < next.dueAt.getTime()) next = { ...clock, dueAt };
  }
  return next;
}

export type DeadlineUrgency = "overdue" | "urgent" | "normal";
/** Below this many milliseconds left, a deadline is urgent. */
export const URGENT_THRESHOLD_MS = 6 * HOUR_MS;

/** `overdue` below 0 ms left, `urgent` below 6 h (0 ms included), otherwise `normal`. */
export function deadlineUrgency(msLeft: number): DeadlineUrgency {
  if (msLeft < 0) return "overdue";
  if (msLeft < URGENT_THRESHOLD_MS) return "urgent";
  return "normal";
}
