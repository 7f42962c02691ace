import type { useTranslations } from "next-intl";

/** A translator of the `securityProgramme` namespace used with keys built at run time (`severity.${value}`). */
export type Label = (key: string, values?: Record<string, string | number>) => string;

export function labelOf(t: ReturnType<typeof useTranslations> | ((key: never) => string)): Label {
  return t as unknown as Label;
}

/** A calendar day (`YYYY-MM-DD`) written for the reader, e.g. « 13 nov. 2026 ». */
export function formatDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
