import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ShieldX } from "lucide-react";
import { Button } from "@/components/ui/button";
import { getActor } from "@/lib/auth/session";

/**
 * What `forbidden()` renders (HTTP 403) when a signed-in user opens a page their role may not see:
 * it says so plainly, names the role, and leads back to the overview. A page that does not exist
 * still answers "not found".
 */
export default async function Forbidden() {
  const [t, actor] = await Promise.all([getTranslations(), getActor()]);
  const role = actor ? t(`roleNames.${actor.role}`) : "";
  return (
    <div className="mx-auto flex min-h-[60vh] max-w-lg flex-col items-start justify-center gap-4 p-6">
      <ShieldX aria-hidden="true" className="size-10 text-destructive" />
      <h1 className="text-2xl font-semibold">{t("errors.accessDenied")}</h1>
      <p className="text-muted-foreground">{t("errors.accessDeniedDescription", { role })}</p>
      <Button asChild>
        <Link href="/">{t("errors.backHome")}</Link>
      </Button>
    </div>
  );
}
