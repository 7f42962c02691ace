import { getLocale, getTranslations } from "next-intl/server";
import type { NotificationRow } from "@/lib/incidents/clocks/facts";
import { formatLocal } from "@/lib/incidents/clocks/local-time";
import { toLocale } from "@/lib/i18n/locale";

/** Notifications recorded as sent, each with the authority's reference and the text sent. */
export async function NotificationsList({ notifications }: { notifications: NotificationRow[] }) {
  const t = await getTranslations("incidents");
  const locale = toLocale(await getLocale());
  if (notifications.length === 0) return <p className="text-sm text-muted-foreground">{t("notify.none")}</p>;
  return (
    <ul className="grid gap-3">
      {notifications.map((n) => (
        <li key={n.id} className="rounded-md border p-3 text-sm" data-testid="notification">
          <div className="font-medium">{t(`obligations.${n.obligation}`)}</div>
          <div>{t("notify.sentOn", { at: formatLocal(n.sentAt, locale), by: n.recordedBy })}</div>
          <div>
            {t("notify.referenceIs", { reference: n.reference ?? "—" })}
            {n.complete ? "" : ` · ${t("notify.incomplete")}`}
          </div>
          {n.delayReason ? <div>{t("detail.delayReason", { reason: n.delayReason })}</div> : null}
          {n.draft ? (
            <details className="mt-2">
              <summary className="cursor-pointer">{t("notify.textSent")}</summary>
              <pre className="mt-2 font-sans whitespace-pre-wrap">{n.draft}</pre>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
