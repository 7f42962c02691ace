import { dayOf } from "../ingest/rollup";

/** Today's date in the organisation's zone: the default end of the dashboard period. */
export function todayIn(now: Date): string {
  return dayOf(now);
}
