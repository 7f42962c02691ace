"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DashboardDTO } from "@/lib/consent/dashboard/types";
import { purposeFigure } from "@/lib/consent/purposes/kinds";
import { purposeLabel } from "./labels";
import { SectionCard } from "./section-card";

type Kind = DashboardDTO["purposes"][number]["kind"];

/**
 * Subscribers today per purpose, consent purposes and objection purposes apart. A consent purpose
 * reads its consent rate; an objection purpose (opt-out) its objection rate: the subscribers
 * objecting among those informed, never the share "opted in" (issue 15.6).
 */
export function CurrentOptedIn({ data }: { data: DashboardDTO }) {
  const t = useTranslations("consent.current");
  const kindOf = new Map(data.purposes.map((p) => [p.key, p.kind]));
  const groups = (["consent", "objection"] as const).map((kind) => ({
    kind,
    rows: data.current.filter((c) => (kindOf.get(c.key) ?? "consent") === kind),
  }));
  return (
    <SectionCard id="consent-current" title={t("title")} description={t("description")}>
      {groups.map(({ kind, rows }) =>
        rows.length === 0 ? null : <KindTable key={kind} kind={kind} rows={rows} data={data} />,
      )}
    </SectionCard>
  );
}

function KindTable({ kind, rows, data }: { kind: Kind; rows: DashboardDTO["current"]; data: DashboardDTO }) {
  const t = useTranslations("consent.current");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <section className="grid gap-2" aria-labelledby={`consent-current-${kind}`} data-testid={`current-${kind}`}>
      <h3 id={`consent-current-${kind}`} className="text-sm font-medium">
        {t(`groups.${kind}`)}
      </h3>
      {kind === "objection" ? <p className="text-sm text-muted-foreground">{t("objectionHint")}</p> : null}
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">{t("purpose")}</TableHead>
            <TableHead scope="col" className="text-right">
              {t(`count.${kind}`)}
            </TableHead>
            <TableHead scope="col" className="text-right">
              {t(`asked.${kind}`)}
            </TableHead>
            <TableHead scope="col" className="text-right">
              {t(`rate.${kind}`)}
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((c) => {
            const figure = purposeFigure(kind, c.optedIn, c.everAsked);
            return (
              <TableRow key={c.key}>
                <TableHead scope="row" className="font-medium">
                  {purposeLabel(data.purposes, c.key, locale)}
                </TableHead>
                <TableCell className="text-right tabular-nums">{format.number(figure.count)}</TableCell>
                <TableCell className="text-right tabular-nums">{format.number(c.everAsked)}</TableCell>
                <TableCell className="text-right tabular-nums">
                  {figure.rate === null
                    ? t("noRate")
                    : format.number(figure.rate / 100, { style: "percent", maximumFractionDigits: 1 })}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
