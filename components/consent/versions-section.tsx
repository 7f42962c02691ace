"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";
import { purposeLabel } from "./labels";
import { SectionCard } from "./section-card";

export function VersionsSection({ data }: { data: DashboardDTO }) {
  const t = useTranslations("consent");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <SectionCard id="consent-versions" title={t("versions.title")} description={t("versions.description")}>
      {data.versions.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("versions.empty")}</p>
      ) : (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("current.purpose")}</TableHead>
              <TableHead scope="col">{t("versions.version")}</TableHead>
              <TableHead scope="col" className="text-right">
                {t("flows.grants")}
              </TableHead>
              <TableHead scope="col" className="text-right">
                {t("flows.refusals")}
              </TableHead>
              <TableHead scope="col" className="text-right">
                {t("flows.withdrawals")}
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.versions.map((v) => (
              <TableRow key={`${v.key}-${v.textVersion}`}>
                <TableHead scope="row" className="font-medium">
                  {purposeLabel(data.purposes, v.key, locale)}
                </TableHead>
                <TableCell>{v.textVersion}</TableCell>
                <TableCell className="text-right tabular-nums">{format.number(v.grants)}</TableCell>
                <TableCell className="text-right tabular-nums">{format.number(v.refusals)}</TableCell>
                <TableCell className="text-right tabular-nums">{format.number(v.withdrawals)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </SectionCard>
  );
}
