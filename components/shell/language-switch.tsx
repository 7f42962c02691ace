"use client";

import { Languages } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "sonner";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { setAnonymousLocaleAction } from "@/lib/i18n/actions";
import { locales, type Locale } from "@/lib/i18n/locale";
import { setOwnLocaleAction } from "@/lib/users/actions";

/** French / English. Signed in, the choice is saved on the account; before sign-in, in a cookie. */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function change(value: string) {
    startTransition(async () => {
      const result = signedIn
        ? await setOwnLocaleAction({ locale: value })
        : await setAnonymousLocaleAction({ locale: value });
      if (!result.ok) toast.error(t("errors.internal"));
      router.refresh();
    });
  }

  return (
    <Select value={locale} onValueChange={change} disabled={pending}>
      <SelectTrigger size="sm" aria-label={t("shell.language")} className="w-[9.5rem]">
        <Languages aria-hidden className="size-4" />
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {locales.map((value: Locale) => (
          <SelectItem key={value} value={value} lang={value}>
            {t(`languages.${value}`)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
