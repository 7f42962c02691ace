import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ReleaseListItemDTO } from "@/lib/releases/dto";
import { StatusBadge } from "./status-badge";
import { toLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";

/** The release history: status, size, suppressed cells and the SHA-256 of the file and the report. */
export async function ReleasesTable({ releases, locale }: { releases: ReleaseListItemDTO[]; locale: string }) {
  const t = await getTranslations("releases");
  if (releases.length === 0) return <p className="text-sm text-muted-foreground">{t("list.empty")}</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>{t("list.reference")}</TableHead>
          <TableHead>{t("list.series")}</TableHead>
          <TableHead>{t("list.recipient")}</TableHead>
          <TableHead>{t("list.status")}</TableHead>
          <TableHead className="text-right">{t("list.k")}</TableHead>
          <TableHead className="text-right">{t("list.cells")}</TableHead>
          <TableHead className="text-right">{t("list.suppressed")}</TableHead>
          <TableHead>{t("list.uploaded")}</TableHead>
          <TableHead>{t("list.hashes")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {releases.map((release) => (
          <TableRow key={release.reference}>
            <TableCell>
              <Link href={`/releases/${release.reference}`} className="font-medium underline underline-offset-4">
                {release.reference}
              </Link>
            </TableCell>
            <TableCell>{release.series}</TableCell>
            <TableCell>{release.recipient}</TableCell>
            <TableCell>
              <StatusBadge status={release.status} label={t(`statuses.${release.status}`)} />
            </TableCell>
            <TableCell className="text-right tabular-nums">{release.k}</TableCell>
            <TableCell className="text-right tabular-nums">{release.cells}</TableCell>
            <TableCell className="text-right tabular-nums">{release.suppressed}</TableCell>
            <TableCell>{formatDateTime(release.uploadedAt, toLocale(locale))}</TableCell>
            <TableCell className="font-mono text-xs">
              {release.fileSha256 ? (
                <span title={release.fileSha256}>
                  {t("list.file")} {release.fileSha256.slice(0, 12)}…
                </span>
              ) : (
                "—"
              )}
              {release.reportSha256 ? (
                <span className="block" title={release.reportSha256}>
                  {t("list.report")} {release.reportSha256.slice(0, 12)}…
                </span>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
