"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatLocal } from "@/lib/incidents/clocks/local-time";
import { toLocale } from "@/lib/i18n/locale";
import { incidentListQueryOptions } from "@/lib/incidents/query-options";
import { compareByUrgency, type IncidentSummaryDTO } from "@/lib/incidents/summary";
import { Countdown } from "./countdown";
import { BandBadge, StatusBadge } from "./labels";

const SORTS = {
  urgency: compareByUrgency,
  detected: (a: IncidentSummaryDTO, b: IncidentSummaryDTO) => b.detectedAt.localeCompare(a.detectedAt),
  reference: (a: IncidentSummaryDTO, b: IncidentSummaryDTO) => b.reference.localeCompare(a.reference),
} as const;
type SortKey = keyof typeof SORTS;

const selectClass = "h-9 rounded-md border border-input bg-background px-2 text-sm";

/** The incidents list: filters, sort (overdue first by default) and live countdowns; `initial`: the open incidents. */
export function IncidentsTable({ initial }: { initial: IncidentSummaryDTO[] }) {
  const t = useTranslations("incidents");
  const locale = toLocale(useLocale());
  const id = useId();
  const [status, setStatus] = useState("open");
  // The page sends the open incidents (the default view); closed ones are fetched when a filter shows them.
  const scope = status === "all" || status === "closed" ? "all" : "open";
  const { data = initial } = useQuery({
    ...incidentListQueryOptions(scope),
    ...(scope === "open" ? { initialData: initial } : { placeholderData: initial }),
  });
  const [regime, setRegime] = useState("all");
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<SortKey>("urgency");

  const rows = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return data
      .filter((row) => (status === "all" ? true : status === "open" ? row.status !== "closed" : row.status === status))
      .filter((row) => regime === "all" || row.regimes.includes(regime as never))
      .filter((row) => !needle || `${row.reference} ${row.title}`.toLowerCase().includes(needle))
      .sort(SORTS[sort]);
  }, [data, status, regime, search, sort]);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-4" role="search" aria-label={t("list.filters")}>
        <div className="grid gap-1">
          <Label htmlFor={`${id}-search`}>{t("list.search")}</Label>
          <Input id={`${id}-search`} value={search} onChange={(e) => setSearch(e.target.value)} className="w-64" />
        </div>
        <div className="grid gap-1">
          <Label htmlFor={`${id}-status`}>{t("list.status")}</Label>
          <select
            id={`${id}-status`}
            className={selectClass}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            <option value="open">{t("list.open")}</option>
            <option value="all">{t("list.all")}</option>
            {(["detected", "investigating", "contained", "closed"] as const).map((s) => (
              <option key={s} value={s}>
                {t(`incidentStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor={`${id}-regime`}>{t("list.regime")}</Label>
          <select
            id={`${id}-regime`}
            className={selectClass}
            value={regime}
            onChange={(e) => setRegime(e.target.value)}
          >
            <option value="all">{t("list.all")}</option>
            {(["gdpr", "eprivacy", "nis2"] as const).map((r) => (
              <option key={r} value={r}>
                {t(`regimes.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <Label htmlFor={`${id}-sort`}>{t("list.sort")}</Label>
          <select
            id={`${id}-sort`}
            className={selectClass}
            value={sort}
            onChange={(e) => setSort(e.target.value as SortKey)}
          >
            {(Object.keys(SORTS) as SortKey[]).map((key) => (
              <option key={key} value={key}>
                {t(`list.sorts.${key}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Table aria-label={t("list.tableLabel")}>
        <TableHeader>
          <TableRow>
            <TableHead>{t("columns.reference")}</TableHead>
            <TableHead>{t("columns.title")}</TableHead>
            <TableHead>{t("columns.status")}</TableHead>
            <TableHead>{t("columns.severity")}</TableHead>
            <TableHead>{t("columns.regimes")}</TableHead>
            <TableHead>{t("columns.next")}</TableHead>
            <TableHead>{t("columns.owner")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={7} className="text-muted-foreground">
                {t("list.empty")}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((row) => (
              <TableRow key={row.id} data-testid="incident-row">
                <TableCell className="font-mono">
                  <Link href={`/incidents/${row.reference}`} prefetch={false} className="underline underline-offset-2">
                    {row.reference}
                  </Link>
                </TableCell>
                <TableCell className="max-w-80 whitespace-normal">{row.title}</TableCell>
                <TableCell>
                  <StatusBadge status={row.status} />
                </TableCell>
                <TableCell>
                  <BandBadge band={row.band} />
                </TableCell>
                <TableCell>{row.regimes.map((r) => t(`regimes.${r}`)).join(", ") || "—"}</TableCell>
                <TableCell className="whitespace-normal">
                  {row.next ? (
                    <div className="grid gap-1">
                      <span className="text-sm">{t(`obligations.${row.next.obligation}`)}</span>
                      <span className="text-xs text-muted-foreground">{formatLocal(row.next.dueAt, locale)}</span>
                      <Countdown dueAt={row.next.dueAt} />
                    </div>
                  ) : (
                    "—"
                  )}
                </TableCell>
                <TableCell>{row.owner ?? t("list.siem")}</TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
