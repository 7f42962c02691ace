import { addMonths, daysBetween, today as dayOf } from "./calendar";
import type { SecurityProgrammeSettings } from "./settings";
import type { Criticality } from "./vocabulary";

/**
 * "Not audited for N years": a system holding sensitive personal data (traffic, location, content,
 * Art. 9/10) must have an audit within the interval its criticality sets. Other systems are never due.
 */
export type AuditDue =
  | { state: "not_required" }
  | { state: "never_audited" }
  | { state: "up_to_date"; lastAuditedOn: string; dueOn: string }
  | { state: "overdue"; lastAuditedOn: string; dueOn: string; daysOverdue: number; yearsSinceLast: number };

export function auditDue(
  system: { criticality: Criticality; holdsSensitive: boolean; auditedOn: readonly string[] },
  now: Date,
  settings: Pick<SecurityProgrammeSettings, "auditIntervalYears">,
  timeZone?: string,
): AuditDue {
  const today = dayOf(now, timeZone);
  if (!system.holdsSensitive) return { state: "not_required" };
  const past = system.auditedOn.filter((day) => day <= today).sort();
  const last = past.at(-1);
  if (!last) return { state: "never_audited" };
  const dueOn = addMonths(last, settings.auditIntervalYears[system.criticality] * 12);
  if (dueOn > today) return { state: "up_to_date", lastAuditedOn: last, dueOn };
  return {
    state: "overdue",
    lastAuditedOn: last,
    dueOn,
    daysOverdue: daysBetween(dueOn, today),
    yearsSinceLast: yearsSince(last, now, timeZone),
  };
}

/** Whole years since the last audit (for "not audited for 4 years"). */
export function yearsSince(day: string, now: Date, timeZone?: string): number {
  const today = dayOf(now, timeZone);
  let years = 0;
  while (addMonths(day, (years + 1) * 12) <= today) years += 1;
  return years;
}
