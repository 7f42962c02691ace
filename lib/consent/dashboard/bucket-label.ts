import { formatDay } from "@/lib/time/format-day";
import type { Granularity } from "./filters";

/**
 * A dashboard bucket (its first day, `YYYY-MM-DD`) as the UI writes dates: `9 mars 2026` for a day
 * or a week (the week's Monday), `mars 2026` for a month — on chart axes, in tooltips and in the
 * table alternatives alike. The CSV keeps ISO dates (machines read it).
 */
export function formatBucket(bucket: string, granularity: Granularity, locale: "fr" | "en"): string {
  if (granularity !== "month") return formatDay(bucket, locale);
  const [year, month] = bucket.split("-").map(Number) as [number, number];
  if (!Number.isInteger(year) || !Number.isInteger(month)) return bucket;
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", {
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}
