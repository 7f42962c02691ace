"use client";

import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { messageKeyOr } from "@/lib/forms/form-errors";

/**
 * Translate a message key coming from zod or a server action ("users.errors.emailTaken",
 * "errors.staleVersion"); anything that is not a known key shows `fallback` instead.
 */
export function useMessage() {
  const t = useTranslations();
  return useCallback(
    (key: string | null | undefined, fallback = "errors.validation") => t(messageKeyOr(key, (k) => t.has(k), fallback)),
    [t],
  );
}
