import type { Locale } from "@/lib/i18n/locale";
import { DEFAULT_TIME_ZONE } from "./zone-days";

/**
 * Instants as people read them on the console's screens, on the wall clock of the operator's zone:
 * `10 mars 2024 à 14:30` in French, `10 Mar 2024, 14:30` in English. The day reads exactly as
 * `formatDay` writes a calendar day, so one date format runs across every screen.
 */
type Options = { timeZone?: string; seconds?: boolean };

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(locale: Locale, part: "day" | "time" | "seconds", timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${part}|${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    const time = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } as const;
    format = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", {
      timeZone,
      ...(part === "day" ? { day: "numeric", month: "short", year: "numeric" } : time),
      ...(part === "seconds" ? { second: "2-digit" } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

const toDate = (instant: Date | string) => (typeof instant === "string" ? new Date(instant) : instant);

/** The day of `instant` in the zone (`10 mars 2024`); "—" when it is not a date. */
export function formatDate(instant: Date | string, locale: Locale, { timeZone = DEFAULT_TIME_ZONE }: Options = {}) {
  const date = toDate(instant);
  return Number.isNaN(date.getTime()) ? "—" : formatOf(locale, "day", timeZone).format(date);
}

/** Day and time of `instant` in the zone (`10 mars 2024 à 14:30`), seconds when asked; "—" when it is not a date. */
export function formatDateTime(
  instant: Date | string,
  locale: Locale,
  { timeZone = DEFAULT_TIME_ZONE, seconds = false }: Options = {},
): string {
  const date = toDate(instant);
  if (Number.isNaN(date.getTime())) return "—";
  const time = formatOf(locale, seconds ? "seconds" : "time", timeZone).format(date);
  return `${formatOf(locale, "day", timeZone).format(date)}${locale === "en" ? ", " : " à "}${time}`;
}
