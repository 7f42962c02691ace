const units = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"] as const;

/** A byte count for people: 1 234 567 → "1.2 MB" (decimal units, in the locale's number format). */
export function formatSize(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
