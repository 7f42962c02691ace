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
