import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, isWeekend, startOfDay } from "date-fns";

/**
 * Period arithmetic for the incident clocks. Every instant is an
 * absolute `Date`; the organisation's zone is only used for calendar periods and display.
 */

/** The organisation's default zone (`organisation.time_zone`). */
export const DEFAULT_TIME_ZONE = "Europe/Paris";
export const HOUR_MS = 3_600_000;

/**
 * `start` + `hours` of absolute elapsed time. Never adds days on a local wall clock, so across a
 * daylight-saving change 72 h stays 72 h (not 71 or 73), and weekends or holidays are not skipped.
 * Source: GDPR Art. 33(1), Reg. 611/2013 Art. 2(2), NIS2 Art. 23(4) — periods in hours.
 */
export function addElapsedHours(start: Date, hours: number): Date {
  return new Date(start.getTime() + hours * HOUR_MS);
}

/**
 * `start` + `months` on the calendar of `timeZone`, same local time of day, clamped to the end of a
 * shorter month (31 January + 1 month = 28 February, or 29 in a leap year). A local time that does
 * not exist on the target day (spring-forward gap) moves forward by the gap.
 * Source: NIS2 Art. 23(4)(e) "not later than one month".
 */
export function addCalendarMonths(start: Date, months: number, timeZone = DEFAULT_TIME_ZONE): Date {
  return new Date(addMonths(new TZDate(start.getTime(), timeZone), months).getTime());
}

/**
 * The day-counting reading of a period of `days` days after `start`, under
 * Reg. (EEC, Euratom) 1182/71 Art. 3, on the calendar of `timeZone`:
 * - 3(1): the day of the event is not counted; 3(2)(b): the period ends with the expiry of the
 *   last hour of its last day (returned as the following local midnight);
 * - 3(4): a last day falling on a Saturday or Sunday rolls over to the next working day;
 * - 3(5): a period of two days or more includes at least two working days.
 * Public holidays are NOT modelled. INFORMATION ONLY: Vigie enforces the conservative reading.
 */
export function addDaysReg1182(start: Date, days: number, timeZone = DEFAULT_TIME_ZONE): Date {
  const eventDay = startOfDay(new TZDate(start.getTime(), timeZone));
  let lastDay = addDays(eventDay, days);
  while (isWeekend(lastDay)) lastDay = addDays(lastDay, 1);
  if (days >= 2) {
    let workingDays = 0;
    for (let day = addDays(eventDay, 1); day.getTime() <= lastDay.getTime(); day = addDays(day, 1)) {
      if (!isWeekend(day)) workingDays += 1;
    }
    while (workingDays < 2) {
      lastDay = addDays(lastDay, 1);
      if (!isWeekend(lastDay)) workingDays += 1;
    }
  }
  return new Date(startOfDay(addDays(lastDay, 1)).getTime());
}

/**
 * ISO 8601 string of `instant` in `timeZone`, with its offset and milliseconds,
 * e.g. `2026-10-26T09:00:00.000+01:00`. Lossless: `new Date(result)` is `instant` again.
 */
export function toZonedIso(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return new TZDate(instant.getTime(), timeZone).toISOString();
}
