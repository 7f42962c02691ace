/** `INC-2026-0007`: year of detection (organisation's zone) and a per-year sequence, 4 digits minimum. */
export function formatReference(year: number, sequence: number): string {
  return `INC-${year}-${String(sequence).padStart(4, "0")}`;
}

export const REFERENCE_PATTERN = /^INC-\d{4}-\d{4,}$/;
