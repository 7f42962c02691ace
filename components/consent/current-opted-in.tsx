"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DashboardDTO } from "@/lib/consent/dashboard-types";
import { purposeLabel } from "./labels";
import { SectionCard } from "./section-card";

export function CurrentOptedIn({ data }: { data: DashboardDTO }) {
  const t = useTranslations("consent.current");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <SectionCard id="consent-current" title={t("title")} description={t("description")}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{t("purpose")}</TableHead>
            <TableHead scope="col" className="text-right">{t("optedIn")}</TableHead>
            <TableHead scope="col" className="text-right">{t("everAsked")}</TableHead>
            <TableHead scope="col" className="text-right">{t("rate")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.current.map((c) => (
            <TableRow key={c.key}>
              <TableHead scope="row" className="font-medium">{purposeLabel(data.purposes, c.key, locale)}</TableHead>
              <TableCell className="text-right tabular-nums">{format.number(c.optedIn)}</TableCell>
              <TableCell className="text-right tabular-nums">{format.number(c.everAsked)}</TableCell>
              <TableCell className="text-right tabular-nums">{c.rate === null ? t("noRate") : format.number(c.rate / 100, { style: "percent", maximumFractionDigits: 1 })}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
