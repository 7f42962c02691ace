import { Download, KeyRound, ShieldAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { SigningKeyStatus } from "@/lib/exports/pack/key-source";

/**
 * The public key that verifies this server's packs: fingerprint and PEM download, or
 * why packs cannot be signed here. The page passes `signingKeyStatus()`.
 */
export function SigningKeyCard({ status }: { status: SigningKeyStatus }) {
  const t = useTranslations("auditPack.key");
  if (!status.available) {
    return (
      <Alert variant="destructive">
        <ShieldAlert aria-hidden />
        <AlertTitle>{t("unavailable")}</AlertTitle>
        <AlertDescription>{status.reason}</AlertDescription>
      </Alert>
    );
  }
  return (
    <section aria-labelledby="signing-key-title" className="grid gap-2">
      <h2 id="signing-key-title" className="flex items-center gap-2 font-medium">
        <KeyRound aria-hidden className="size-4" />
        {t("title")}
      </h2>
      <p className="text-sm text-muted-foreground">{t("description")}</p>
      <dl className="grid gap-1 text-sm">
        <dt className="text-muted-foreground">{t("fingerprint")}</dt>
        <dd className="font-mono break-all">{status.fingerprint}</dd>
      </dl>
      <p>
        <a
          href="/api/exports/public-key"
          download
          className="inline-flex items-center gap-2 text-sm underline underline-offset-4"
        >
          <Download aria-hidden className="size-4" />
          {t("download")}
        </a>
      </p>
    </section>
  );
}
