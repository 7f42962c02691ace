import { TZDate } from "@date-fns/tz";

/**
 * Calendar days in an organisation's time zone. A day is not always 24 hours
 * (23 or 25 on a daylight-saving change), so day boundaries are computed on the
 * zone's calendar, never by adding 86,400,000 ms.
 */
export const DEFAULT_TIME_ZONE = "Europe/Paris";

/** One formatter per zone: creating an Intl.DateTimeFormat costs far more than using one. */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date (ISO `YYYY-MM-DD`) of an instant in a time zone. */
export function isoDateInZone(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  let year = "";
  let month = "";
  let day = "";
  for (const part of dayFormat(timeZone).formatToParts(instant)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year}-${month}-${day}`;
}

/** Midnight starting the calendar day `day` (`YYYY-MM-DD`), moved by `addDays`, in a time zone. */
export function startOfDayInZone(day: string, timeZone = DEFAULT_TIME_ZONE, addDays = 0): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date + addDays, timeZone).getTime());
}
