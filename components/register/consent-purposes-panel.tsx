import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ServingPurposeDTO } from "@/lib/consent/dto";

/** The consent purposes that serve this entry (the link back from the register), each linking to the catalogue. */
export async function ConsentPurposesPanel({
  purposes,
  entryStatus,
}: {
  purposes: ServingPurposeDTO[];
  /** The entry's status: active purposes feeding an entry that is not active are a register gap. */
  entryStatus: string;
}) {
  const feeding = purposes.filter((p) => p.isActive);
  const t = await getTranslations("register.consentPurposes");
  const kinds = await getTranslations("consent.purposes.kindBadges");
  const locale = await getLocale();
  return (
    <Card role="region" aria-labelledby="consent-purposes-title">
      <CardHeader>
        <CardTitle>
          <h2 id="consent-purposes-title" className="text-lg font-semibold">
            {t("title")}
          </h2>
        </CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <p className="text-muted-foreground">{t("description")}</p>
        {entryStatus !== "active" && feeding.length > 0 ? (
          <p
            className="rounded-md border border-destructive/40 bg-destructive/5 p-2"
            data-testid="inactive-register-entry"
          >
            {t("entryNotActive", { count: feeding.length })}
          </p>
        ) : null}
        {purposes.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <ul className="grid gap-2">
            {purposes.map((p) => (
              <li key={p.key} className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/consent/purposes#purpose-${p.key}`}
                  prefetch={false}
                  className="underline underline-offset-2"
                >
                  {locale === "en" ? p.labelEn : p.labelFr}
                </Link>
                <span className="font-mono text-xs text-muted-foreground">{p.key}</span>
                <Badge variant="outline">{kinds(p.kind)}</Badge>
                <Badge variant={p.isActive ? "default" : "secondary"}>{p.isActive ? t("active") : t("retired")}</Badge>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
