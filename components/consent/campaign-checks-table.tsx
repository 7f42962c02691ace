import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CampaignCheckDTO, CampaignPurposeDTO } from "@/lib/consent/campaigns/dto";
import { ScrollTable } from "./scroll-table";
import { SectionCard } from "./section-card";
import { toLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";

/** The history of campaign checks, newest first (API and UI alike); purposes named by their label. */
export async function CampaignChecksTable({
  checks,
  purposes,
}: {
  checks: CampaignCheckDTO[];
  purposes: CampaignPurposeDTO[];
}) {
  const t = await getTranslations("campaigns");
  const channels = await getTranslations("consent.campaignChannels");
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const number = (n: number) => format.number(n);
  const purposeLabel = (key: string) => {
    const purpose = purposes.find((p) => p.key === key);
    return purpose ? (locale === "en" ? purpose.labelEn : purpose.labelFr) : key;
  };
  return (
    <SectionCard id="campaign-history" title={t("history.title")} description={t("history.description")}>
      {checks.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("history.empty")}</p>
      ) : (
        <ScrollTable label={t("history.title")}>
          <table className="w-full text-sm">
            <thead className="sticky top-0 bg-background">
              <tr>
                <th scope="col" className="px-2 py-1 text-left font-medium">
                  {t("history.checkedAt")}
                </th>
                <th scope="col" className="px-2 py-1 text-left font-medium">
                  {t("history.purpose")}
                </th>
                <th scope="col" className="px-2 py-1 text-left font-medium">
                  {t("history.channel")}
                </th>
                <th scope="col" className="px-2 py-1 text-left font-medium">
                  {t("history.campaign")}
                </th>
                <th scope="col" className="px-2 py-1 text-left text-right font-medium">
                  {t("counts.received")}
                </th>
                <th scope="col" className="px-2 py-1 text-left text-right font-medium">
                  {t("counts.allowed")}
                </th>
                <th scope="col" className="px-2 py-1 text-left text-right font-medium">
                  {t("counts.refused")}
                </th>
                <th scope="col" className="px-2 py-1 text-left text-right font-medium">
                  {t("counts.unknown")}
                </th>
                <th scope="col" className="px-2 py-1 text-left font-medium">
                  {t("history.by")}
                </th>
                <th scope="col" className="px-2 py-1 text-left font-medium">
                  {t("history.sha")}
                </th>
              </tr>
            </thead>
            <tbody>
              {checks.map((c) => (
                <tr key={c.id} className="border-t">
                  <td className="px-2 py-1 whitespace-nowrap">{formatDateTime(c.checkedAt, locale)}</td>
                  <td className="px-2 py-1">{purposeLabel(c.purposeKey)}</td>
                  <td className="px-2 py-1">{channels(c.channel)}</td>
                  <th scope="row" className="px-2 py-1 text-left font-medium">
                    {c.campaign}
                  </th>
                  <td className="px-2 py-1 text-right tabular-nums">{number(c.received)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{number(c.allowed)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{number(c.refused)}</td>
                  <td className="px-2 py-1 text-right tabular-nums">{number(c.unknown)}</td>
                  <td className="px-2 py-1">
                    {c.requester} ({t(`history.via.${c.via}`)})
                  </td>
                  <td className="px-2 py-1 font-mono text-xs" title={c.listSha256}>
                    {c.listSha256.slice(0, 12)}…
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </SectionCard>
  );
}
