"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";
import { purposeLabel } from "./labels";
import { SectionCard } from "./section-card";
import { toLocale } from "@/lib/i18n/locale";
import { formatDay } from "@/lib/time/format-day";

export function SpikesSection({ data }: { data: DashboardDTO }) {
  const t = useTranslations("consent.spikes");
  const channels = useTranslations("consent.channels");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <SectionCard id="consent-spikes" title={t("title")} description={t("description")}>
      {data.spikes.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <Table data-testid="spikes-table">
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("day")}</TableHead>
              <TableHead scope="col" className="text-right">
                {t("withdrawals")}
              </TableHead>
              <TableHead scope="col" className="text-right whitespace-normal">
                {t("mean")}
              </TableHead>
              <TableHead scope="col" className="text-right">
                {t("ratio")}
              </TableHead>
              <TableHead scope="col">{t("drivers")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.spikes.map((s) => (
              <TableRow key={s.day}>
                <TableHead scope="row" className="font-medium tabular-nums">
                  {formatDay(s.day, toLocale(locale))}
                </TableHead>
                <TableCell className="text-right tabular-nums">{format.number(s.withdrawals)}</TableCell>
                <TableCell className="text-right tabular-nums">{format.number(s.trailingMean)}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {Number.isFinite(s.ratio) ? t("times", { ratio: format.number(s.ratio) }) : "—"}
                </TableCell>
                <TableCell data-testid="spike-drivers" className="min-w-40 whitespace-normal">
                  <ul>
                    {s.drivers.map((d) => (
                      <li key={`${d.key}-${d.channel}`}>
                        {t("driver", {
                          purpose: purposeLabel(data.purposes, d.key, locale),
                          channel: channels(d.channel),
                          count: format.number(d.withdrawals),
                        })}
                      </li>
                    ))}
                  </ul>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </SectionCard>
  );
}
