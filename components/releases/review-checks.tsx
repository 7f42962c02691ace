import { getLocale, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ReleaseDetailDTO } from "@/lib/releases/dto";
import type { CellExample } from "@/lib/releases/review-summary";
import { toLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";

/** Each check's result, with the cells it concerns (the first 20 of each). */
export async function ReviewChecks({ release }: { release: ReleaseDetailDTO }) {
  const t = await getTranslations("releases");
  const locale = toLocale(await getLocale());
  // A window as the file gave it when it is not an instant.
  const when = (value: string) => (Number.isNaN(Date.parse(value)) ? value : formatDateTime(value, locale));
  const s = release.summary;
  const refusal = s.refusal;
  const rows: { key: string; label: string; value: string; cells?: CellExample[] }[] = [
    {
      key: "recordLevel",
      label: t("checks.recordLevel"),
      value: refusal
        ? t("refusalDetail", {
            reason: t(`refusals.${refusal.kind}`),
            detail: JSON.stringify({ ...refusal, kind: undefined }),
          })
        : t("checks.passed"),
    },
    { key: "cells", label: t("checks.cells"), value: t("checks.cellsValue", { cells: s.cells, windows: s.windows }) },
    {
      key: "primary",
      label: t("checks.primary"),
      value: t("checks.primaryValue", { count: s.suppressed.primary, k: s.k, margins: s.margins.primary }),
      cells: s.examples.primary,
    },
    {
      key: "complementary",
      label: t("checks.complementary"),
      value: t("checks.complementaryValue", { count: s.suppressed.complementary, margins: s.margins.complementary }),
      cells: s.examples.complementary,
    },
    { key: "audit", label: t("checks.audit"), value: t("checks.auditValue", { ...s.audit }) },
    {
      key: "differencing",
      label: t("checks.differencing"),
      value: t("checks.differencingValue", { ...s.differencing }),
      cells: s.examples.differencing,
    },
  ];
  return (
    <div className="grid gap-4">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-2" data-testid={`check-${row.key}`}>
          <h3 className="font-medium">{row.label}</h3>
          <p className="text-sm">{row.value}</p>
          {row.cells && row.cells.length > 0 ? (
            <Table aria-label={`${row.label} — ${t("checks.concerned")}`}>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("cells.line")}</TableHead>
                  <TableHead>{t("cells.area")}</TableHead>
                  <TableHead>{t("cells.window")}</TableHead>
                  <TableHead className="text-right">{t("cells.count")}</TableHead>
                  {row.key === "differencing" ? <TableHead>{t("cells.earlier")}</TableHead> : null}
                  {row.key === "differencing" ? (
                    <TableHead className="text-right">{t("cells.difference")}</TableHead>
                  ) : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {row.cells.map((cell) => (
                  <TableRow key={cell.line}>
                    <TableCell className="tabular-nums">{cell.line}</TableCell>
                    <TableCell>{[cell.area, ...cell.dims].join(" · ")}</TableCell>
                    <TableCell className="text-xs">
                      {when(cell.windowStart)} → {when(cell.windowEnd)}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">{cell.count}</TableCell>
                    {row.key === "differencing" ? <TableCell>{cell.earlierRelease}</TableCell> : null}
                    {row.key === "differencing" ? (
                      <TableCell className="text-right tabular-nums">{cell.difference}</TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          ) : null}
        </div>
      ))}
    </div>
  );
}
