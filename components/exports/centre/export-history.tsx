"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatSize } from "@/lib/exports/centre/format-size";
import { exportHistoryQueryOptions } from "@/lib/exports/centre/query-options";
import { scopeText } from "@/lib/exports/centre/scope-text";
import { toLocale } from "@/lib/i18n/locale";
import { formatDate, formatDateTime } from "@/lib/time/format-date-time";

/** Who exported what, when, in which format, with the file's size and SHA-256; each file downloadable. */
export function ExportHistory({ viewerId }: { viewerId: string }) {
  const t = useTranslations("exportCentre");
  const tScope = useTranslations("exportCentre.scope");
  const locale = useLocale();
  const { data, isError } = useQuery(exportHistoryQueryOptions(viewerId));

  return (
    <section aria-labelledby="export-history-title" className="grid min-w-0 gap-3">
      <div className="grid gap-1">
        <h2 id="export-history-title" className="text-lg font-semibold">
          {t("history.title")}
        </h2>
        {data ? (
          <p className="text-sm text-muted-foreground">{t("history.description", { limit: data.limit })}</p>
        ) : null}
      </div>
      {isError ? (
        <Alert variant="destructive">
          <AlertDescription>{t("history.loadError")}</AlertDescription>
        </Alert>
      ) : data && data.entries.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("history.empty")}</p>
      ) : data ? (
        <div className="overflow-x-auto rounded-lg border">
          <Table aria-labelledby="export-history-title">
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("history.when")}</TableHead>
                <TableHead scope="col">{t("history.who")}</TableHead>
                <TableHead scope="col">{t("history.report")}</TableHead>
                <TableHead scope="col">{t("history.scope")}</TableHead>
                <TableHead scope="col">{t("history.format")}</TableHead>
                <TableHead scope="col" className="text-right">
                  {t("history.size")}
                </TableHead>
                <TableHead scope="col">{t("history.sha256")}</TableHead>
                <TableHead scope="col">{t("history.file")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.entries.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell className="whitespace-nowrap">
                    <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, toLocale(locale))}</time>
                  </TableCell>
                  <TableCell className="max-w-56 truncate" title={entry.createdBy}>
                    {entry.createdBy}
                  </TableCell>
                  <TableCell>{t(`reports.${entry.report}`)}</TableCell>
                  <TableCell>{scopeText(tScope, toLocale(locale), entry.report, entry.scope)}</TableCell>
                  <TableCell>{t(`formats.${entry.format}`)}</TableCell>
                  <TableCell className="text-right whitespace-nowrap tabular-nums">
                    {formatSize(entry.size, locale)}
                  </TableCell>
                  <TableCell>
                    <code className="block max-w-48 font-mono text-xs break-all">{entry.sha256}</code>
                  </TableCell>
                  <TableCell>
                    {entry.expiredAt ? (
                      <span className="text-muted-foreground">
                        {t.rich("history.expired", {
                          name: () => <code className="font-mono text-xs break-all">{entry.fileName}</code>,
                          date: formatDate(entry.expiredAt, toLocale(locale)),
                        })}
                      </span>
                    ) : (
                      <a
                        className="text-primary underline underline-offset-4"
                        href={`/api/exports/${entry.id}/file`}
                        download
                        aria-label={t("history.download", { name: entry.fileName })}
                      >
                        <code className="font-mono text-xs break-all">{entry.fileName}</code>
                      </a>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
    </section>
  );
}
