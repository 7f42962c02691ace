import { getLocale, getTranslations } from "next-intl/server";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { toLocale } from "@/lib/i18n/locale";
import { decreeStatus } from "@/lib/register/catalogue/retention-ceilings";
import { formatDay } from "@/lib/time/format-day";

/**
 * The national-security injunction decree (CPCE art. L34-1 III) as of `today`: a warning when none
 * is known in force (traffic and location data kept on that ground must then be erased or
 * anonymised), a notice when the one in force is not verified against the Journal officiel.
 */
export async function DecreeNotice({ today }: { today: string }) {
  const status = decreeStatus(today);
  const t = await getTranslations("register.decree");
  const locale = toLocale(await getLocale());
  if (status.kind === "none") {
    return (
      <Alert variant="destructive" data-testid="decree-notice" data-kind="none">
        <AlertTitle>{t("noneTitle")}</AlertTitle>
        <AlertDescription>
          {status.lastKnown
            ? t("noneSince", {
                reference: status.lastKnown.reference,
                until: formatDay(status.lastKnown.effectiveUntil, locale),
              })
            : t("noneEver")}
        </AlertDescription>
      </Alert>
    );
  }
  if (status.decree.verified) return null;
  return (
    <Alert data-testid="decree-notice" data-kind="unverified">
      <AlertTitle>{t("unverifiedTitle")}</AlertTitle>
      <AlertDescription>
        {t("unverified", {
          reference: status.decree.reference,
          until: formatDay(status.decree.effectiveUntil, locale),
        })}
      </AlertDescription>
    </Alert>
  );
}
