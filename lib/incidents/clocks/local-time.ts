import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Locale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";
import { DEFAULT_TIME_ZONE } from "./periods";

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * An `<input type="datetime-local">` value (`2026-11-29T10:30`) read on the wall clock of
 * `timeZone`, or an ISO instant with offset, as an absolute instant; `null` when invalid.
 */
export function parseLocalDateTime(value: string, timeZone = DEFAULT_TIME_ZONE): Date | null {
  const match = LOCAL.exec(value);
  if (match) {
    const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
    const date = new TZDate(y, mo - 1, d, h, mi, timeZone);
    return Number.isNaN(date.getTime()) || date.getMonth() !== mo - 1 ? null : new Date(date.getTime());
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  return null;
}

/** The `datetime-local` value of `instant` on the wall clock of `timeZone`. */
export function toLocalInputValue(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");
}

/** `29 nov. 2026 à 10:30` (fr) / `29 Nov 2026, 10:30` (en) in `timeZone`: the console's one date format. */
export function formatLocal(instant: Date | string, locale: Locale, timeZone = DEFAULT_TIME_ZONE): string {
  return formatDateTime(instant, locale, { timeZone });
}
