/** `INC-2026-0007`: year of detection (organisation's zone) and a per-year sequence, 4 digits minimum. */
export function formatReference(year: number, sequence: number): string {
  return `INC-${year}-${String(sequence).padStart(4, "0")}`;
}

export const REFERENCE_PATTERN = /^INC-\d{4}-\d{4,}$/;

const EARLIEST = Date.UTC(1970, 0, 1);
/** A day before the end of 9999: still year 9999 in every time zone. */
const LATEST = Date.UTC(9999, 11, 30);

/** An instant an incident can carry: from 1970 to 9999, so its year makes a four-digit reference and PostgreSQL stores it. */
export function isIncidentInstant(date: Date): boolean {
  const time = date.getTime();
  return Number.isFinite(time) && time >= EARLIEST && time <= LATEST;
}
