import { deadlineUrgency, type DeadlineUrgency } from "./clocks";

/** Time left (or overdue) split for display: `{ days, hours, minutes }` of |ms|, and the urgency. */
export function describeTimeLeft(msLeft: number): {
  urgency: DeadlineUrgency;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
} {
  const abs = Math.abs(msLeft);
  return {
    urgency: deadlineUrgency(msLeft),
    days: Math.floor(abs / 86_400_000),
    hours: Math.floor((abs % 86_400_000) / 3_600_000),
    minutes: Math.floor((abs % 3_600_000) / 60_000),
    seconds: Math.floor((abs % 60_000) / 1000),
  };
}
