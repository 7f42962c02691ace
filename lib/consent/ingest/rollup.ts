import { compareEvents } from "./event-key";

/** The reference model of state and daily rollups: what a rebuild from scratch must produce. */
export const ROLLUP_TIME_ZONE = "Europe/Paris";

export interface ConsentFact {
  key: string;
  occurredAt: Date;
  subscriberRef: string;
  purposeId: string;
  isGrant: boolean;
  channel: string;
  textVersion: string;
  eventId: string;
}

export interface DailyRollup {
  purposeId: string;
  day: string;
  channel: string;
  textVersion: string;
  grants: number;
  withdrawals: number;
  netOptedIn: number;
  firstAsked: number;
  /** First answers of a subscriber for the purpose: a grant, or a refusal (a first `withdraw`). */
  firstGrants: number;
  firstRefusals: number;
  /** Opted in → out: the only withdrawals a DPO counts as such. */
  effectiveWithdrawals: number;
  /** Out → in again after a refusal or a withdrawal. */
  regrants: number;
  /** The same answer as the state already held (a STOP from someone not opted in, a repeated grant). */
  repeats: number;
}

/** Which of the five kinds an event is, given the state just before it (undefined: never asked). */
export type AnswerKind = "firstGrant" | "firstRefusal" | "effectiveWithdrawal" | "regrant" | "repeat";

export function answerKind(previous: boolean | undefined, isGrant: boolean): AnswerKind {
  if (previous === undefined) return isGrant ? "firstGrant" : "firstRefusal";
  if (previous === isGrant) return "repeat";
  return isGrant ? "regrant" : "effectiveWithdrawal";
}

const ANSWER_FIELDS = {
  firstGrant: "firstGrants",
  firstRefusal: "firstRefusals",
  effectiveWithdrawal: "effectiveWithdrawals",
  regrant: "regrants",
  repeat: "repeats",
} as const satisfies Record<AnswerKind, keyof DailyRollup>;

export interface SubjectState {
  subscriberRef: string;
  purposeId: string;
  optedIn: boolean;
  latestOccurredAt: Date;
  latestEventKey: string;
  latestEventId: string;
}

const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: ROLLUP_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day (YYYY-MM-DD) of an instant in the organisation's zone. */
export function dayOf(instant: Date): string {
  return dayFormat.format(instant);
}

/**
 * How one event moves the opted-in count, given the state just before it
 * (undefined: the subscriber was never asked for this purpose).
 */
export function netChange(previous: boolean | undefined, isGrant: boolean): number {
  if (isGrant) return previous === true ? 0 : 1;
  return previous === true ? -1 : 0;
}

function groupBySubject(events: readonly ConsentFact[]): Map<string, ConsentFact[]> {
  const groups = new Map<string, ConsentFact[]>();
  for (const event of events) {
    const id = `${event.subscriberRef}\u0000${event.purposeId}`;
    const list = groups.get(id) ?? [];
    list.push(event);
    groups.set(id, list);
  }
  for (const list of groups.values()) list.sort(compareEvents);
  return groups;
}

/** Rollups and current states recomputed from a set of distinct events, as if they had arrived in order. */
export function recompute(events: readonly ConsentFact[]): { rollups: DailyRollup[]; states: SubjectState[] } {
  const rollups = new Map<string, DailyRollup>();
  const states: SubjectState[] = [];
  for (const list of groupBySubject(events).values()) {
    let previous: boolean | undefined;
    for (const event of list) {
      const day = dayOf(event.occurredAt);
      const id = [event.purposeId, day, event.channel, event.textVersion].join("\u0000");
      const row = rollups.get(id) ?? {
        purposeId: event.purposeId,
        day,
        channel: event.channel,
        textVersion: event.textVersion,
        grants: 0,
        withdrawals: 0,
        netOptedIn: 0,
        firstAsked: 0,
        firstGrants: 0,
        firstRefusals: 0,
        effectiveWithdrawals: 0,
        regrants: 0,
        repeats: 0,
      };
      if (event.isGrant) row.grants++;
      else row.withdrawals++;
      row.netOptedIn += netChange(previous, event.isGrant);
      if (previous === undefined) row.firstAsked++;
      row[ANSWER_FIELDS[answerKind(previous, event.isGrant)]]++;
      rollups.set(id, row);
      previous = event.isGrant;
    }
    const last = list[list.length - 1]!;
    states.push({
      subscriberRef: last.subscriberRef,
      purposeId: last.purposeId,
      optedIn: last.isGrant,
      latestOccurredAt: last.occurredAt,
      latestEventKey: last.key,
      latestEventId: last.eventId,
    });
  }
  return { rollups: [...rollups.values()], states };
}
