import { TZDate } from "@date-fns/tz";

/** Minutes `timeZone` is ahead of UTC at `instant` (Paris: 60 in winter, 120 in summer). */
export function utcOffsetMinutes(instant: Date, timeZone: string): number {
  return -new TZDate(instant.getTime(), timeZone).getTimezoneOffset();
}

/**
 * Whether the clocks of `timeZone` change between `start` and `end`, and by how much: a legal
 * period in hours (GDPR Art. 33's 72 h) is absolute time, so a deadline that crosses the switch
 * to winter time reads one hour earlier on the wall clock than start + 72 (one hour later across
 * the switch to summer time). `shiftMinutes` is what the wall clock moved: -60 in October, +60 in March.
 */
export function clockChangeBetween(start: Date, end: Date, timeZone: string): { shiftMinutes: number } | null {
  const shift = utcOffsetMinutes(end, timeZone) - utcOffsetMinutes(start, timeZone);
  return shift === 0 ? null : { shiftMinutes: shift };
}
