"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";
import { objectionPurposeKeys } from "@/lib/consent/purposes/kinds";
import { purposeLabel } from "./labels";
import { SectionCard } from "./section-card";

/**
 * Opted in now per purpose. For an objection purpose (opt-out) a withdrawal is an objection and a
 * grant lifts it: its row carries the kind, its count reads "not objecting", and the description
 * says what the figures mean there.
 */
export function CurrentOptedIn({ data }: { data: DashboardDTO }) {
  const t = useTranslations("consent.current");
  const format = useFormatter();
  const locale = useLocale();
  const objectionKeys = objectionPurposeKeys(data.purposes);
  const isObjection = (key: string) => objectionKeys.has(key);
  const description = data.current.some((c) => isObjection(c.key))
    ? `${t("description")} ${t("objectionHint")}`
    : t("description");
  return (
    <SectionCard id="consent-current" title={t("title")} description={description}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{t("purpose")}</TableHead>
            <TableHead scope="col" className="text-right">
              {t("optedIn")}
            </TableHead>
            <TableHead scope="col" className="text-right">
              {t("everAsked")}
            </TableHead>
            <TableHead scope="col" className="text-right">
              {t("rate")}
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.current.map((c) => (
            <TableRow key={c.key}>
              <TableHead scope="row" className="font-medium">
                {purposeLabel(data.purposes, c.key, locale)}
                {isObjection(c.key) ? (
                  <>
                    {" "}
                    <Badge variant="outline">{t("objectionBadge")}</Badge>
                  </>
                ) : null}
              </TableHead>
              <TableCell className="text-right tabular-nums">
                {format.number(c.optedIn)}
                {isObjection(c.key) ? (
                  <>
                    {" "}
                    <span className="text-xs text-muted-foreground">{t("notObjecting")}</span>
                  </>
                ) : null}
              </TableCell>
              <TableCell className="text-right tabular-nums">{format.number(c.everAsked)}</TableCell>
              <TableCell className="text-right tabular-nums">
                {c.rate === null
                  ? t("noRate")
                  : format.number(c.rate / 100, { style: "percent", maximumFractionDigits: 1 })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </SectionCard>
  );
}
