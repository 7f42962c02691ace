"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";
import { purposeLabel } from "./labels";
import { SectionCard } from "./section-card";

/** Per purpose, the campaign lists checked in the period and the references refused (issue 17). */
export function CampaignChecksSection({ data }: { data: DashboardDTO }) {
  const t = useTranslations("campaigns.dashboard");
  const purpose = useTranslations("consent.current");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <SectionCard id="consent-campaign-checks" title={t("title")} description={t("description")}>
      {data.campaignChecks.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{purpose("purpose")}</TableHead>
              <TableHead scope="col" className="text-right">
                {t("lists")}
              </TableHead>
              <TableHead scope="col" className="text-right">
                {t("received")}
              </TableHead>
              <TableHead scope="col" className="text-right">
                {t("allowed")}
              </TableHead>
              <TableHead scope="col" className="text-right">
                {t("refused")}
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.campaignChecks.map((c) => (
              <TableRow key={c.key}>
                <TableHead scope="row" className="font-medium">
                  {purposeLabel(data.purposes, c.key, locale)}
                </TableHead>
                <TableCell className="text-right tabular-nums">{format.number(c.lists)}</TableCell>
                <TableCell className="text-right tabular-nums">{format.number(c.received)}</TableCell>
                <TableCell className="text-right tabular-nums">{format.number(c.allowed)}</TableCell>
                <TableCell className="text-right tabular-nums">{format.number(c.refused)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </SectionCard>
  );
}
