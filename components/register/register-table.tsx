"use client";

import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
} from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { legalBasisLabel } from "@/lib/register/catalogue/legal-bases";
import { registerHref, type RegisterFilters, type RegisterSort } from "@/lib/register/list/filters";
import type { ActivityListItem } from "@/lib/register/list/items";
import { DpiaBadge, StatusBadge } from "./badges";
import { formatDay } from "@/lib/time/format-day";

const column = createColumnHelper<ActivityListItem>();

/**
 * The register list: TanStack Table with server-side sorting and pagination. Sorting changes the
 * URL (the server reads it), so a sorted, filtered view is a link that reloads identically.
 */
/**
 * Long text cut to one line with the full text on hover and for screen readers (the `title`), so
 * that status, DPIA, completeness, review and owner fit at 1,440 px without scrolling.
 */
function Truncated({ text, width }: { text: string; width: string }) {
  return (
    <span className={`block truncate ${width}`} title={text}>
      {text}
    </span>
  );
}

export function RegisterTable({ items, filters }: { items: ActivityListItem[]; filters: RegisterFilters }) {
  const t = useTranslations("register");
  const locale = useLocale() as "fr" | "en";
  const router = useRouter();
  const sorting: SortingState = [{ id: filters.sort, desc: filters.dir === "desc" }];

  const columns = useMemo(
    () => [
      column.accessor("reference", {
        id: "reference",
        header: t("list.columns.reference"),
        cell: (info) => (
          <Link
            className="font-medium underline-offset-4 hover:underline"
            href={`/register/${info.getValue()}${filters.asOf ? `?version=${info.row.original.version}` : ""}`}
          >
            {info.getValue()}
          </Link>
        ),
      }),
      column.accessor("name", {
        id: "name",
        header: t("list.columns.name"),
        cell: (info) => <Truncated text={info.getValue()} width="max-w-44" />,
      }),
      column.accessor("role", {
        id: "role",
        header: t("list.columns.role"),
        cell: (info) => <span className="block whitespace-normal">{t(`roles.${info.getValue()}`)}</span>,
      }),
      column.accessor("legalBases", {
        id: "legalBases",
        header: t("list.columns.legalBases"),
        enableSorting: false,
        cell: (info) => (
          <Truncated
            text={
              info
                .getValue()
                .map((basis) => legalBasisLabel(basis, locale))
                .join(", ") || "—"
            }
            width="max-w-24"
          />
        ),
      }),
      column.accessor("status", {
        id: "status",
        header: t("list.columns.status"),
        cell: (info) => <StatusBadge status={info.getValue()} />,
      }),
      column.display({
        id: "dpia",
        header: t("list.columns.dpia"),
        cell: (info) => (
          <DpiaBadge isRequired={info.row.original.isDpiaRequired} status={info.row.original.dpiaStatus} />
        ),
      }),
      column.accessor("completenessScore", {
        id: "completeness",
        header: t("list.columns.completeness"),
        cell: (info) => `${info.getValue()} %`,
      }),
      column.accessor("nextReviewOn", {
        id: "nextReview",
        header: t("list.columns.nextReview"),
        cell: (info) => {
          const value = info.getValue();
          if (!value) return "—";
          const text = formatDay(value, locale);
          return info.row.original.isReviewOverdue ? (
            <span className="block font-medium whitespace-normal text-destructive">
              {text} ({t("list.overdue")})
            </span>
          ) : (
            text
          );
        },
      }),
      column.accessor("businessOwner", {
        id: "owner",
        header: t("list.columns.owner"),
        cell: (info) => <Truncated text={info.getValue() || "—"} width="max-w-28" />,
      }),
    ],
    [t, locale, filters.asOf],
  );

  const table = useReactTable({
    data: items,
    columns,
    state: { sorting },
    manualSorting: true,
    manualPagination: true,
    enableSortingRemoval: false,
    getCoreRowModel: getCoreRowModel(),
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      if (first)
        router.push(
          registerHref(filters, { sort: first.id as RegisterSort, dir: first.desc ? "desc" : "asc", page: 1 }),
        );
    },
  });

  return (
    <div
      role="region"
      aria-label={t("list.tableLabel")}
      tabIndex={0}
      className="relative w-full overflow-x-auto rounded-xl border"
    >
      <table className="w-full caption-bottom text-sm">
        <caption className="sr-only">{t("list.tableLabel")}</caption>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <TableHead
                    key={header.id}
                    scope="col"
                    className="whitespace-normal"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="inline-flex items-center gap-1 rounded-sm font-medium hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {label}
                        {sorted === "asc" ? (
                          <ArrowUp aria-hidden className="size-3.5" />
                        ) : sorted === "desc" ? (
                          <ArrowDown aria-hidden className="size-3.5" />
                        ) : (
                          <ArrowUpDown aria-hidden className="size-3.5 opacity-50" />
                        )}
                      </button>
                    ) : (
                      label
                    )}
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={columns.length} className="h-24 text-center text-muted-foreground">
                {t("list.empty")}
              </TableCell>
            </TableRow>
          ) : (
            table.getRowModel().rows.map((row) => (
              <TableRow key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </table>
    </div>
  );
}
