import { LogOut } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/actor";
import { signOutAction } from "@/lib/auth/sign-in-action";
import { LanguageSwitch } from "./language-switch";
import { isReadOnlyRole } from "./read-only";
import { ThemeSwitch } from "./theme-switch";
import { toLocale } from "@/lib/i18n/locale";
import { formatDate } from "@/lib/time/format-date-time";

export async function AppHeader({ actor }: { actor: Actor }) {
  const t = await getTranslations();
  const locale = toLocale(await getLocale());
  const readOnly = isReadOnlyRole(actor.role);
  return (
    <header className="flex flex-wrap items-center justify-end gap-3 border-b px-4 py-2 md:px-6">
      <div className="mr-auto flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium" data-testid="user-name">
          {actor.name}
        </span>
        <Badge
          variant={readOnly ? "outline" : "secondary"}
          title={t(`roleNames.${actor.role}`)}
          data-testid="role-badge"
        >
          {t(`roles.${actor.role}`)}
        </Badge>
        {readOnly ? <Badge variant="outline">{t("shell.readOnly")}</Badge> : null}
        {actor.expiresAt ? (
          <span className="text-muted-foreground">
            {t("shell.expiresOn", { date: formatDate(actor.expiresAt, locale) })}
          </span>
        ) : null}
      </div>
      <LanguageSwitch signedIn />
      <ThemeSwitch />
      <form action={signOutAction}>
        <Button type="submit" variant="outline" size="sm">
          <LogOut aria-hidden className="size-4" />
          {t("shell.signOut")}
        </Button>
      </form>
    </header>
  );
}
