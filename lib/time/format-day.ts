/**
 * A calendar day (`YYYY-MM-DD`, no time, no zone) as people read it: `10 mars 2024` in French,
 * `10 Mar 2024` in English, always with the year. The one date format of the console's
 * screens for days (instants go through `formatDateTime`, which writes the day the same way).
 * Anything that is not a valid day comes back unchanged.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function formatDay(day: string, locale: "fr" | "en"): string {
  const match = DAY.exec(day);
  if (!match) return day;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, date));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== date) return day;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(utc);
}
