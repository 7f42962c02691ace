import { getLocale, getTranslations } from "next-intl/server";
import { TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditEntryDTO } from "@/lib/audit/dto";
import { AuditEntryRow } from "./audit-entry-row";
import { EntityRef } from "./entity-ref";
import { actionLabel, entityTypeLabel } from "./labels";
import { toLocale } from "@/lib/i18n/locale";
import { formatDateTime } from "@/lib/time/format-date-time";

const COLUMNS = 6;

/**
 * One page of audit entries, newest first. The table scrolls horizontally in
 * its own focusable region, so a wide page never breaks the layout.
 */
export async function AuditLogTable({ entries }: { entries: AuditEntryDTO[] }) {
  const t = await getTranslations("audit");
  const locale = toLocale(await getLocale());
  return (
    <div
      role="region"
      aria-label={t("table.region")}
      tabIndex={0}
      className="relative w-full overflow-x-auto rounded-xl border"
    >
      <table className="w-full caption-bottom text-sm">
        <caption className="sr-only">{t("table.caption")}</caption>
        <TableHeader>
          <TableRow>
            <TableHead scope="col" className="px-3">
              {t("table.seq")}
            </TableHead>
            <TableHead scope="col">{t("table.time")}</TableHead>
            <TableHead scope="col">{t("table.actor")}</TableHead>
            <TableHead scope="col">{t("table.action")}</TableHead>
            <TableHead scope="col">{t("table.entity")}</TableHead>
            <TableHead scope="col" className="text-right">
              <span className="sr-only">{t("table.details")}</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.length === 0 ? (
            <TableRow>
              <TableCell colSpan={COLUMNS} className="h-24 text-center text-muted-foreground">
                {t("table.empty")}
              </TableCell>
            </TableRow>
          ) : (
            entries.map((entry) => (
              <AuditEntryRow
                key={entry.seq}
                seq={entry.seq}
                columns={COLUMNS}
                toggleText={t("table.details")}
                toggleLabel={t("table.detailsFor", { seq: entry.seq })}
                cells={
                  <>
                    <th scope="row" className="px-3 py-2 text-left font-mono font-medium tabular-nums">
                      {entry.seq}
                    </th>
                    <TableCell className="tabular-nums">
                      <time dateTime={entry.occurredAt}>
                        {formatDateTime(entry.occurredAt, locale, { seconds: true })}
                      </time>
                    </TableCell>
                    <TableCell className="max-w-[22rem] min-w-[12rem] wrap-anywhere whitespace-normal">
                      {entry.actorLabel}
                    </TableCell>
                    <TableCell>{actionLabel(t, entry.action)}</TableCell>
                    <TableCell>
                      <EntityRef
                        entityType={entry.entityType}
                        typeLabel={entityTypeLabel(t, entry.entityType)}
                        id={entry.entityId}
                        name={entry.entityName}
                      />
                    </TableCell>
                  </>
                }
              />
            ))
          )}
        </TableBody>
      </table>
    </div>
  );
}
