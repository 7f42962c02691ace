import type { PurposeOptionDTO } from "@/lib/consent/dashboard/types";

/** A purpose's label in the reader's language (its key when unknown). */
export function purposeLabel(
  purposes: readonly Pick<PurposeOptionDTO, "key" | "labelFr" | "labelEn">[],
  key: string,
  locale: string,
): string {
  const purpose = purposes.find((p) => p.key === key);
  if (!purpose) return key;
  return locale === "en" ? purpose.labelEn : purpose.labelFr;
}

/** Distinct colours for chart series, each with at least 3:1 contrast on white. */
export const seriesColours = ["#1d4ed8", "#b91c1c", "#047857", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f"];
