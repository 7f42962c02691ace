"use client";

import { useLocale, useTranslations } from "next-intl";

/** Field labels of the entry form and the language of catalogue texts. */
export function useLabels() {
  const t = useTranslations("register");
  const locale = useLocale() as "fr" | "en";
  return { t, locale, f: (key: string) => t(`form.fields.${key}`) };
}
