import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BandBadge } from "@/components/incidents/labels";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { formatLocal } from "@/lib/incidents/clocks/local-time";
import { toLocale } from "@/lib/i18n/locale";
import { breachRegister } from "@/lib/incidents/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("incidents.breachRegister");
  return { title: t("title") };
}

/** GDPR Art. 33(5) / ePrivacy Art. 4(4): every breach, notified or not, with the reasoning. */
export default async function BreachRegisterPage() {
  const actor = await requirePermission("incidents:read");
  const rows = await breachRegister(actor);
  const t = await getTranslations("incidents");
  const locale = toLocale(await getLocale());
  const decided = (v: boolean | null) =>
    v === null ? t("decision.notDecided") : v ? t("decision.yes") : t("decision.no");
  return (
    <div className="mx-auto grid w-full max-w-7xl gap-6">
      <div className="grid gap-1">
        <Link href="/incidents" className="text-sm underline underline-offset-2">
          {t("detail.back")}
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">{t("breachRegister.title")}</h1>
        <p className="max-w-prose text-sm text-muted-foreground">{t("breachRegister.description")}</p>
      </div>
      <Table aria-label={t("breachRegister.title")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("columns.reference")}</TableHead>
            <TableHead>{t("breachRegister.facts")}</TableHead>
            <TableHead>{t("breachRegister.effects")}</TableHead>
            <TableHead>{t("breachRegister.remedial")}</TableHead>
            <TableHead>{t("breachRegister.decisions")}</TableHead>
            <TableHead>{t("breachRegister.notified")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(({ row, notifications, band }) => (
            <TableRow key={row.id} className="align-top">
              <TableCell className="font-mono">
                <Link href={`/incidents/${row.reference}`} prefetch={false} className="underline underline-offset-2">
                  {row.reference}
                </Link>
              </TableCell>
              <TableCell className="max-w-80 text-sm whitespace-normal">
                <div className="font-medium">{row.title}</div>
                <div>{t("breachRegister.detected", { at: formatLocal(row.detectedAt, locale) })}</div>
                <div>
                  {t("breachRegister.people", {
                    count: row.peopleCount ?? 0,
                    known: row.peopleCount === null ? "no" : "yes",
                  })}
                </div>
                <BandBadge band={band} />
              </TableCell>
              <TableCell className="max-w-64 text-sm whitespace-normal">{row.consequences || "—"}</TableCell>
              <TableCell className="max-w-64 text-sm whitespace-normal">{row.remedialMeasures || "—"}</TableCell>
              <TableCell className="max-w-80 text-sm whitespace-normal">
                <div>
                  {t("decision.notifyAuthority")} : {decided(row.notifyAuthority)}
                  {row.notifyAuthorityRationale ? ` — ${row.notifyAuthorityRationale}` : ""}
                </div>
                <div>
                  {t("decision.informPeople")} : {decided(row.informPeople)}
                  {row.informPeopleRationale ? ` — ${row.informPeopleRationale}` : ""}
                </div>
              </TableCell>
              <TableCell className="text-sm whitespace-normal">
                {notifications.length === 0
                  ? t("breachRegister.notNotified")
                  : notifications.map((n) => (
                      <div key={n.id}>
                        {t(`obligations.${n.obligation}`)} — {formatLocal(n.sentAt, locale)}
                        {n.reference ? ` (${n.reference})` : ""}
                      </div>
                    ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
