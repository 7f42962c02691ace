import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { PurposeDTO } from "@/lib/consent/dto";
import { PurposeDialog } from "./purpose-dialog";
import { RetirePurposeButton } from "./retire-purpose-button";
import { TextVersionDialog } from "./text-version-dialog";
import { toLocale } from "@/lib/i18n/locale";
import { formatDay } from "@/lib/time/format-day";

/** The catalogue, one card per purpose with its kind and status; write controls only for those who may write. */
export async function PurposesList({ purposes, canWrite }: { purposes: PurposeDTO[]; canWrite: boolean }) {
  const t = await getTranslations("consent");
  const locale = await getLocale();
  return (
    <section aria-labelledby="purposes-caption" className="grid gap-4">
      <h2 id="purposes-caption" className="text-sm font-medium">
        {t("purposes.caption", { count: purposes.length })}
      </h2>
      <ul className="grid gap-4">
        {purposes.map((p) => (
          <li key={p.id} className="grid gap-3 rounded-xl border bg-card p-4" aria-labelledby={`purpose-${p.key}`}>
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="grid gap-1">
                <h3 id={`purpose-${p.key}`} className="font-semibold">
                  {locale === "en" ? p.labelEn : p.labelFr}
                </h3>
                <p className="text-xs text-muted-foreground">
                  <code className="font-mono">{p.key}</code>
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Badge variant="outline">{t(`purposes.kindBadges.${p.kind}`)}</Badge>
                <Badge variant={p.isActive ? "default" : "secondary"}>
                  {p.isActive ? t("purposes.active") : t("purposes.retired")}
                </Badge>
              </div>
            </div>
            {p.isActive && p.inactiveRegisterRefs.length > 0 ? (
              <p
                className="rounded-md border border-destructive/40 bg-destructive/5 p-2 text-sm"
                data-testid="inactive-register-entry"
              >
                {t("purposes.inactiveRegisterEntry", {
                  references: p.inactiveRegisterRefs.join(", "),
                  count: p.inactiveRegisterRefs.length,
                })}
              </p>
            ) : null}
            {p.description ? <p className="text-sm">{p.description}</p> : null}
            <dl className="grid gap-2 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
              <dt className="text-muted-foreground">{t("purposes.registerRefs")}</dt>
              <dd>
                <ul className="flex flex-wrap gap-x-3 gap-y-1">
                  {p.registerRefs.map((reference) => (
                    <li key={reference}>
                      <Link href={`/register/${reference}`} prefetch={false} className="underline underline-offset-2">
                        {reference}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
              <dt className="text-muted-foreground">{t("purposes.channels")}</dt>
              <dd>{p.channels.map((c) => t(`channels.${c}`)).join(", ")}</dd>
              <dt className="text-muted-foreground">{t("purposes.campaignChannels")}</dt>
              <dd>{p.campaignChannels.map((c) => t(`campaignChannels.${c}`)).join(", ") || "—"}</dd>
              <dt className="text-muted-foreground">{t("purposes.versions")}</dt>
              <dd>
                <ul className="grid gap-1">
                  {p.textVersions.map((v) => (
                    <li key={v.version}>
                      <span className="font-medium">{v.version}</span> (
                      {t("purposes.effective", {
                        date: formatDay(v.effectiveFrom, toLocale(locale)),
                      })}
                      ) — « {v.text} »
                    </li>
                  ))}
                </ul>
              </dd>
            </dl>
            {canWrite ? (
              <div className="flex flex-wrap gap-2">
                <PurposeDialog purpose={p} />
                <TextVersionDialog purposeId={p.id} purposeKey={p.key} />
                <RetirePurposeButton purpose={p} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
