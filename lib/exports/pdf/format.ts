/** Dates as the reports print them, in the organisation's zone and the reader's language. */

const instantFormats = new Map<string, Intl.DateTimeFormat>();

/** `04/12/2026 16:32` (fr) / `04/12/2026, 16:32` (en), in `timeZone`; "—" for null. */
export function formatInstant(value: Date | string | null | undefined, locale: "fr" | "en", timeZone: string): string {
  if (value === null || value === undefined) return "—";
  const key = `${locale}|${timeZone}`;
  let format = instantFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
      timeZone,
      dateStyle: "short",
      timeStyle: "short",
    });
    instantFormats.set(key, format);
  }
  return format.format(typeof value === "string" ? new Date(value) : value);
}

/** A calendar day `YYYY-MM-DD` as `04/12/2026`; "—" for null or empty. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return "—";
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

/** `UTC 2026-12-04 15:32` for the clock tables (the instant the law counts in). */
export function formatUtc(value: Date | null): string {
  return value ? `${value.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—";
}

/** A text for a file name: letters, digits, dot, dash and underscore only. */
export function fileSafe(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 80) || "_";
}
