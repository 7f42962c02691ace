import { findFirstNotification } from "../obligations/applicability";
import { isRuleInForce, type ObligationId, type ObligationRule, type StartEvent } from "../obligations/obligations";
import type { IncidentFacts } from "../types";

/** Where an obligation's clock starts (awareness, detection or a notification sent), and which rule version governs it. */

export type ClockStart = { startAt: Date | null; isStartFromDetection: boolean };

/** Awareness (GDPR, NIS2) falls back to detection until recorded: the conservative reading. */
export function resolveStart(event: StartEvent, facts: IncidentFacts, now: Date): ClockStart {
  const fromAwareness = (awareAt: Date | null | undefined): ClockStart =>
    awareAt
      ? { startAt: awareAt, isStartFromDetection: false }
      : { startAt: facts.detectedAt, isStartFromDetection: true };
  const sentAt = (id: ObligationId): ClockStart => ({
    startAt: findFirstNotification(facts.notifications, id, now)?.sentAt ?? null,
    isStartFromDetection: false,
  });
  switch (event) {
    case "awareness":
      return fromAwareness(facts.awareAt);
    case "nis2_awareness":
      return fromAwareness(facts.nis2AwareAt);
    case "detection":
      return { startAt: facts.detectedAt, isStartFromDetection: false };
    case "initial_notification_sent":
      return sentAt("eprivacy-611-initial");
    case "incident_notification_submitted":
      return sentAt("nis2-notification");
    case "none":
      return { startAt: null, isStartFromDetection: false };
  }
}

/**
 * The rule version in force at the obligation's own start instant (at detection while the start
 * event has not happened). Overlapping rows: the latest `effectiveFrom` wins, as in
 * `selectRuleVersion`.
 */
export function selectRuleForIncident(
  id: ObligationId,
  rules: readonly ObligationRule[],
  facts: IncidentFacts,
  now: Date,
): { rule: ObligationRule; start: ClockStart } | null {
  let best: { rule: ObligationRule; start: ClockStart } | null = null;
  for (const rule of rules) {
    if (rule.id !== id) continue;
    const start = resolveStart(rule.startEvent, facts, now);
    if (!isRuleInForce(rule, start.startAt ?? facts.detectedAt)) continue;
    if (!best || rule.effectiveFrom.getTime() > best.rule.effectiveFrom.getTime()) {
      best = { rule, start };
    }
  }
  return best;
}
